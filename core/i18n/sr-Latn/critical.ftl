# status: needs native review
# language: Serbian (Latin)
# confidence: medium (machine-quality translation by a non-native writer)
# note: mechanical Cyrillic-to-Latin transliteration of sr
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Pišite policiji ili žandarmeriji
call-17-112 = Ako možete da govorite i nečiji život je u opasnosti, pozovite 17 ili 112.
sms-114 = Ako ne možete da govorite, možete poslati i SMS na 114.
chat-you-are-writing-to = Pišete policiji ili žandarmeriji.
chat-describe = Opišite šta se dešava i gde ste.
chat-cannot-talk = Ne mogu da govorim
chat-send = Pošalji
chat-share-location = Podeli moju lokaciju
location-consent = Vaša lokacija ide samo policiji ili žandarmeriji koja vam odgovara, da bi mogla da pošalje pomoć. Vi birate da li ćete je podeliti.
chat-queue-position =
    { $position ->
        [1] Na redu ste.
        [one] Vaše mesto u redu: { $position }.
        [few] Vaše mesto u redu: { $position }.
       *[other] Vaše mesto u redu: { $position }.
    }
quick-exit = Brzi izlaz
quick-exit-explanation = Odmah zatvara aplikaciju i briše razgovor sa ovog telefona. Ako ima mreže, policija ili žandarmerija dobija obaveštenje da je razgovor naglo prekinut.
alert-armed-individual = Naoružana osoba
alert-intrusion = Upad u toku
alert-assault = Napad
alert-refused-check = Osoba odbija kontrolu
alert-fire = Požar, evakuacija
alert-domestic-violence = Nasilje u porodici upravo sada
alert-followed = Neko me prati
report-received = Vaša prijava je primljena. Broj prijave: { $receipt }
minors-notice = Možeš da pišeš bez svog imena. Ali ako je tvoj život ili život nekog drugog u opasnosti, policija ili žandarmerija može pokušati da sazna ko si, da bi te zaštitila. Možeš da pozoveš i 119 (deca u opasnosti) ili 3018 (uznemiravanje na internetu). Poziv je besplatan.
