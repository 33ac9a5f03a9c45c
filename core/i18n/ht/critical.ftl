# status: needs native review
# language: Haitian Creole
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ekri lapolis oswa jandamri
call-17-112 = Si ou ka pale epi gen yon lavi ki an danje, rele 17 oswa 112.
sms-114 = Si ou pa ka pale, ou ka voye yon SMS bay 114 tou.
chat-you-are-writing-to = W ap ekri lapolis oswa jandamri.
chat-describe = Di sa k ap pase ak ki kote ou ye.
chat-cannot-talk = Mwen pa ka pale
chat-send = Voye
chat-share-location = Pataje kote m ye
location-consent = Kote ou ye a ale sèlman bay lapolis oswa jandamri k ap reponn ou a, pou yo ka voye èd. Se ou ki chwazi si w ap pataje l.
chat-queue-position =
    { $position ->
        [1] Ou se premye moun nan liy lan.
        [one] Nimewo ou nan liy lan: { $position }
        [many] Nimewo ou nan liy lan: { $position }
       *[other] Nimewo ou nan liy lan: { $position }
    }
quick-exit = Soti vit
quick-exit-explanation = Li fèmen aplikasyon an touswit epi li efase konvèsasyon an sou telefòn sa a. Si gen rezo, lapolis oswa jandamri ap konnen ou te oblije ale.
alert-armed-individual = Yon moun ki gen zam
alert-intrusion = Gen yon moun ki antre san pèmisyon kounye a
alert-assault = Atak
alert-refused-check = Yon moun refize yon kontwòl
alert-fire = Dife, evakyasyon
alert-domestic-violence = Vyolans nan kay la kounye a
alert-followed = Gen yon moun k ap swiv mwen
report-received = Nou resevwa rapò ou a. Nimewo swivi: { $receipt }
minors-notice = Ou ka ekri san ou pa bay non ou. Men si lavi ou oswa lavi yon lòt moun an danje, lapolis oswa jandamri ka eseye konnen kiyès ou ye, pou pwoteje ou. Ou ka rele 119 (timoun an danje) oswa 3018 (arasman sou entènèt) tou. Li gratis.
