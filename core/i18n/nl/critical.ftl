# status: needs native review
# language: Dutch
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Schrijf naar de politie of gendarmerie
call-17-112 = Als u kunt praten en een leven in gevaar is, bel dan 17 of 112.
sms-114 = Als u niet kunt praten, kunt u ook een sms sturen naar 114.
chat-you-are-writing-to = U schrijft naar de politie of gendarmerie.
chat-describe = Beschrijf wat er gebeurt en waar u bent.
chat-cannot-talk = Ik kan niet praten
chat-send = Versturen
chat-share-location = Mijn locatie delen
location-consent = Uw locatie gaat alleen naar de politie of gendarmerie die u antwoordt, zodat zij hulp kunnen sturen. U kiest zelf of u die deelt.
chat-queue-position =
    { $position ->
        [1] U bent als eerste aan de beurt.
        [one] U bent nummer { $position } in de wachtrij.
       *[other] U bent nummer { $position } in de wachtrij.
    }
quick-exit = Snel weg
quick-exit-explanation = Sluit de app meteen en wist het gesprek van deze telefoon. Als er netwerk is, krijgt de politie of gendarmerie een bericht dat u weg moest.
alert-armed-individual = Gewapende persoon
alert-intrusion = Indringer aanwezig
alert-assault = Mishandeling
alert-refused-check = Iemand weigert een controle
alert-fire = Brand, evacuatie
alert-domestic-violence = Huiselijk geweld, nu
alert-followed = Iemand volgt mij
report-received = Uw melding is ontvangen. Referentienummer: { $receipt }
minors-notice = Je kunt schrijven zonder je naam te geven. Maar als jouw leven of dat van iemand anders in gevaar is, kan de politie of gendarmerie proberen te weten wie je bent, om je te beschermen. Je kunt ook 119 (kinderen in gevaar) of 3018 (online pesten) bellen. Dat is gratis.
