# status: needs native review
# language: Norwegian Nynorsk
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skriv til politiet eller gendarmeriet
call-17-112 = Viss du kan snakke og eit liv er i fare, ring 17 eller 112.
sms-114 = Viss du ikkje kan snakke, kan du også sende SMS til 114.
chat-you-are-writing-to = Du skriv til politiet eller gendarmeriet.
chat-describe = Skildra kva som skjer og kvar du er.
chat-cannot-talk = Eg kan ikkje snakke
chat-send = Send
chat-share-location = Del posisjonen min
location-consent = Posisjonen din går berre til politiet eller gendarmeriet som svarar deg, slik at dei kan sende hjelp. Du vel sjølv om du vil dele han.
chat-queue-position =
    { $position ->
        [1] Du står først i køen.
        [one] Du er nummer { $position } i køen.
       *[other] Du er nummer { $position } i køen.
    }
quick-exit = Rask utgang
quick-exit-explanation = Lukkar appen med ein gong og slettar samtalen frå denne telefonen. Viss det er nett, får politiet eller gendarmeriet melding om at du måtte gå.
alert-armed-individual = Væpna person
alert-intrusion = Innbrot eller inntrengar no
alert-assault = Overfall
alert-refused-check = Ein person nektar ein kontroll
alert-fire = Brann, evakuering
alert-domestic-violence = Vald i nære relasjonar akkurat no
alert-followed = Nokon følgjer etter meg
report-received = Meldinga di er motteken. Referansenummer: { $receipt }
minors-notice = Du kan skrive utan å seie namnet ditt. Men viss ditt eller nokon andre sitt liv er i fare, kan politiet eller gendarmeriet prøve å finne ut kven du er, for å verne deg. Du kan også ringje 119 (born i fare) eller 3018 (trakassering på nettet). Det er gratis.
