# status: needs native review
# language: Western Frisian
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skriuw nei de plysje of de gendarmery
call-17-112 = As jo prate kinne en in libben yn gefaar is, skilje dan 17 of 112.
sms-114 = As jo net prate kinne, kinne jo ek in sms stjoere nei 114.
chat-you-are-writing-to = Jo skriuwe nei de plysje of de gendarmery.
chat-describe = Beskriuw wat der bart en wêr't jo binne.
chat-cannot-talk = Ik kin net prate
chat-send = Ferstjoere
chat-share-location = Myn lokaasje diele
location-consent = Jo lokaasje giet allinnich nei de plysje of de gendarmery dy't jo antwurdet, sadat sy help stjoere kinne. Jo kieze sels oft jo dy diele.
chat-queue-position =
    { $position ->
        [1] Jo binne as earste oan bar.
        [one] Jo binne nûmer { $position } yn de wachtrige.
       *[other] Jo binne nûmer { $position } yn de wachtrige.
    }
quick-exit = Fluch fuort
quick-exit-explanation = Slút de app daliks en wisket it petear fan dizze telefoan. As der netwurk is, kriget de plysje of de gendarmery berjocht dat jo fuort moasten.
alert-armed-individual = Bewapene persoan
alert-intrusion = Ynkrekker oanwêzich
alert-assault = Mishanneling
alert-refused-check = Immen wegeret in kontrôle
alert-fire = Brân, evakuaasje
alert-domestic-violence = Húslik geweld, no
alert-followed = Immen folget my
report-received = Jo melding is ûntfongen. Referinsjenûmer: { $receipt }
minors-notice = Do kinst skriuwe sûnder dyn namme te jaan. Mar as dyn libben of dat fan immen oars yn gefaar is, kin de plysje of de gendarmery besykje te witten wa'tst bist, om dy te beskermjen. Do kinst ek 119 (bern yn gefaar) of 3018 (online pesten) skilje. Dat is fergees.
