# status: needs native review
# language: Mauritian Creole
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ekrir lapolis ouswa lazandarmri
call-17-112 = Si ou kapav koze ek enn lavi an danze, apel 17 ouswa 112.
sms-114 = Si ou pa kapav koze, ou kapav osi avoy enn SMS lor 114.
chat-you-are-writing-to = Ou pe ekrir lapolis ouswa lazandarmri.
chat-describe = Dir ki pe arive ek kot ou ete.
chat-cannot-talk = Mo pa kapav koze
chat-send = Avoy
chat-share-location = Partaz mo lokalizasion
location-consent = Ou lokalizasion al zis kot lapolis ouswa lazandarmri ki pe reponn ou, pou zot kapav avoy led. Se ou ki swazir si ou partaz li.
chat-queue-position =
    { $position ->
        [1] Ou premie dan lalinn.
       *[other] Ou nimero dan lalinn: { $position }
    }
quick-exit = Sorti vit
quick-exit-explanation = Ferm aplikasion la tousuit ek efas konversasion la lor sa telefonn-la. Si ena rezo, lapolis ouswa lazandarmri pou kone ki ou finn bizin ale.
alert-armed-individual = Dimounn ki ena zarm
alert-intrusion = Enn dimounn inn rant san permision la
alert-assault = Agresion
alert-refused-check = Enn dimounn pe refiz enn kontrol
alert-fire = Dife, evakiasion
alert-domestic-violence = Vyolans dan lakaz la mem
alert-followed = Enn dimounn pe swiv mwa
report-received = Nou finn resevwar ou rapor. Nimero swivi: { $receipt }
minors-notice = To kapav ekrir san dir to nom. Me si to lavi ouswa lavi enn lot dimounn an danze, lapolis ouswa lazandarmri kapav esey kone kisannla to ete, pou protez twa. To kapav osi apel 119 (zanfan an danze) ouswa 3018 (arselman lor internet). Li gratis.
