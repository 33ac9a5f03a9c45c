# status: needs native review
# language: Albanian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Shkruaj policisë ose xhandarmërisë
call-17-112 = Nëse mund të flisni dhe një jetë është në rrezik, telefononi 17 ose 112.
sms-114 = Nëse nuk mund të flisni, mund të dërgoni edhe SMS në 114.
chat-you-are-writing-to = Po i shkruani policisë ose xhandarmërisë.
chat-describe = Përshkruani çfarë po ndodh dhe ku jeni.
chat-cannot-talk = Nuk mund të flas
chat-send = Dërgo
chat-share-location = Ndaj vendndodhjen time
location-consent = Vendndodhja juaj shkon vetëm te policia ose xhandarmëria që ju përgjigjet, që të mund të dërgojë ndihmë. Ju vendosni nëse do ta ndani.
chat-queue-position =
    { $position ->
        [1] Ju jeni në krye të radhës.
        [one] Jeni numri { $position } në radhë.
       *[other] Jeni numri { $position } në radhë.
    }
quick-exit = Dalje e shpejtë
quick-exit-explanation = Mbyll aplikacionin menjëherë dhe fshin bisedën nga ky telefon. Nëse ka rrjet, policia ose xhandarmëria njoftohet se u detyruat të largoheni.
alert-armed-individual = Person i armatosur
alert-intrusion = Ndërhyrje e paligjshme tani
alert-assault = Sulm
alert-refused-check = Një person refuzon kontrollin
alert-fire = Zjarr, evakuim
alert-domestic-violence = Dhunë në familje tani
alert-followed = Dikush po më ndjek
report-received = Raportimi juaj u mor. Numri i referencës: { $receipt }
minors-notice = Mund të shkruash pa dhënë emrin tënd. Por nëse jeta jote ose e dikujt tjetër është në rrezik, policia ose xhandarmëria mund të përpiqet të mësojë kush je, për të të mbrojtur. Mund të telefonosh edhe 119 (fëmijë në rrezik) ose 3018 (ngacmim në internet). Është falas.
