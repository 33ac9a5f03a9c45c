# status: needs native review
# language: Italian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Scrivi alla polizia o alla gendarmeria
call-17-112 = Se può parlare e una vita è in pericolo, chiami il 17 o il 112.
sms-114 = Se non può parlare, può anche inviare un SMS al 114.
chat-you-are-writing-to = Sta scrivendo alla polizia o alla gendarmeria.
chat-describe = Descriva cosa succede e dove si trova.
chat-cannot-talk = Non posso parlare
chat-send = Invia
chat-share-location = Condividi la mia posizione
location-consent = La sua posizione va solo alla polizia o alla gendarmeria che le risponde, per poterle mandare aiuto. Decide lei se condividerla.
chat-queue-position =
    { $position ->
        [1] Lei è in cima alla coda.
        [one] Lei è il numero { $position } in coda.
        [many] Lei è il numero { $position } in coda.
       *[other] Lei è il numero { $position } in coda.
    }
quick-exit = Uscita rapida
quick-exit-explanation = Chiude subito l'app e cancella la conversazione da questo telefono. Se la rete lo permette, la polizia o la gendarmeria viene avvisata che la conversazione si è interrotta all'improvviso.
alert-armed-individual = Persona armata
alert-intrusion = Intrusione in corso
alert-assault = Aggressione
alert-refused-check = Una persona rifiuta un controllo
alert-fire = Incendio, evacuazione
alert-domestic-violence = Violenza domestica in corso
alert-followed = Qualcuno mi segue
report-received = La sua segnalazione è stata ricevuta. Numero di riferimento: { $receipt }
minors-notice = Puoi scrivere senza dare il tuo nome. Ma se la tua vita o quella di qualcun altro è in pericolo, la polizia o la gendarmeria può cercare di sapere chi sei, per proteggerti. Puoi anche chiamare il 119 (minori in pericolo) o il 3018 (molestie online). È gratis.
