# status: needs native review
# language: Norwegian Bokmål
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skriv til politiet eller gendarmeriet
call-17-112 = Hvis du kan snakke og et liv er i fare, ring 17 eller 112.
sms-114 = Hvis du ikke kan snakke, kan du også sende SMS til 114.
chat-you-are-writing-to = Du skriver til politiet eller gendarmeriet.
chat-describe = Beskriv hva som skjer og hvor du er.
chat-cannot-talk = Jeg kan ikke snakke
chat-send = Send
chat-share-location = Del posisjonen min
location-consent = Posisjonen din går bare til politiet eller gendarmeriet som svarer deg, slik at de kan sende hjelp. Du velger selv om du vil dele den.
chat-queue-position =
    { $position ->
        [1] Du står først i køen.
        [one] Du er nummer { $position } i køen.
       *[other] Du er nummer { $position } i køen.
    }
quick-exit = Rask utgang
quick-exit-explanation = Lukker appen med en gang og sletter samtalen fra denne telefonen. Hvis det er nett, får politiet eller gendarmeriet beskjed om at du måtte gå.
alert-armed-individual = Væpnet person
alert-intrusion = Innbrudd eller inntrenger nå
alert-assault = Overfall
alert-refused-check = En person nekter en kontroll
alert-fire = Brann, evakuering
alert-domestic-violence = Vold i nære relasjoner akkurat nå
alert-followed = Noen følger etter meg
report-received = Meldingen din er mottatt. Referansenummer: { $receipt }
minors-notice = Du kan skrive uten å si navnet ditt. Men hvis ditt eller en annens liv er i fare, kan politiet eller gendarmeriet prøve å finne ut hvem du er, for å beskytte deg. Du kan også ringe 119 (barn i fare) eller 3018 (trakassering på nett). Det er gratis.
