# status: needs native review
# language: Danish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skriv til politiet eller gendarmeriet
call-17-112 = Hvis du kan tale, og et liv er i fare, så ring 17 eller 112.
sms-114 = Hvis du ikke kan tale, kan du også sende en sms til 114.
chat-you-are-writing-to = Du skriver til politiet eller gendarmeriet.
chat-describe = Beskriv, hvad der sker, og hvor du er.
chat-cannot-talk = Jeg kan ikke tale
chat-send = Send
chat-share-location = Del min placering
location-consent = Din placering sendes kun til politiet eller gendarmeriet, der svarer dig, så de kan sende hjælp. Du vælger selv, om du deler den.
chat-queue-position =
    { $position ->
        [1] Du er den første i køen.
        [one] Du er nummer { $position } i køen.
       *[other] Du er nummer { $position } i køen.
    }
quick-exit = Hurtig udgang
quick-exit-explanation = Lukker appen med det samme og sletter samtalen fra denne telefon. Hvis der er netværk, får politiet eller gendarmeriet besked om, at du måtte gå.
alert-armed-individual = Bevæbnet person
alert-intrusion = Indtrængen i gang
alert-assault = Overfald
alert-refused-check = En person nægter en kontrol
alert-fire = Brand, evakuering
alert-domestic-violence = Vold i hjemmet lige nu
alert-followed = Nogen følger efter mig
report-received = Din anmeldelse er modtaget. Referencenummer: { $receipt }
minors-notice = Du kan skrive uden at sige dit navn. Men hvis dit eget eller en andens liv er i fare, kan politiet eller gendarmeriet prøve at finde ud af, hvem du er, for at beskytte dig. Du kan også ringe til 119 (børn i fare) eller 3018 (chikane på nettet). Det er gratis.
