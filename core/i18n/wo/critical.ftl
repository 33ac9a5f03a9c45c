# status: needs native review
# language: Wolof
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Bind ci polis walla sandarmeri
call-17-112 = Su fekkee mën nga wax te am na dund ju nekk ci musiba, woo 17 walla 112.
sms-114 = Su fekkee mënuloo wax, mën nga yónne SMS ci 114.
chat-you-are-writing-to = Yaa ngi bind ci polis walla sandarmeri.
chat-describe = Wax li xew ak fan nga nekk.
chat-cannot-talk = Mënuma wax
chat-send = Yónne
chat-share-location = Séddoo sama bérab
location-consent = Sa bérab dañuy yónne rekk ci polis walla sandarmeri bi lay tontu, ngir ñu mën yónne ndimbal. Yaw yaay tànn ndax dinga ko séddoo.
chat-queue-position =
    { $position ->
        [1] Yaa jiitu ci ràngu bi.
       *[other] Sa limu ci ràngu bi: { $position }
    }
quick-exit = Génn bu gaaw
quick-exit-explanation = Dafay tëj app bi ci saa si te far waxtaan wi ci telefon bii. Su am reseau, polis walla sandarmeri dinañu xam ne war nga dem.
alert-armed-individual = Nit ku yor ngànnaay
alert-intrusion = Am na ku dugg te amul ndigal
alert-assault = Song nit
alert-refused-check = Am na nit ku bañ ñu seet ko
alert-fire = Safara, génne nit ñi
alert-domestic-violence = Doole ci biir kër gi, léegi
alert-followed = Am na ku may topp
report-received = Sa yégle agsi na. Limu toppatoo: { $receipt }
minors-notice = Mën nga bind te waxoo sa tur. Waaye su sa dund walla dundu keneen nekkee ci musiba, polis walla sandarmeri mën nañu jéem xam kan nga, ngir aar la. Mën nga woo itam 119 (xale yu nekk ci musiba) walla 3018 (sonal ci internet). Amul pay.
