# status: needs native review
# language: Kabyle
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Aru i lbulis neɣ i ljadarmi
call-17-112 = Ma tzemreḍ ad tmeslayeḍ u tudert n yiwen tella deg uɣilif, siwel i 17 neɣ i 112.
sms-114 = Ma ur tezmireḍ ara ad tmeslayeḍ, tzemreḍ daɣen ad tazneḍ SMS ɣer 114.
chat-you-are-writing-to = Tettaruḍ i lbulis neɣ i ljadarmi.
chat-describe = Glem-d acu i iḍerrun d wanda i telliḍ.
chat-cannot-talk = Ur zmireɣ ara ad mmeslayeɣ
chat-send = Azen
chat-share-location = Bḍu adig-iw
location-consent = Adig-ik yettwazen kan i lbulis neɣ i ljadarmi i k-d-yettarran awal, akken ad d-azen tallalt. D kečč neɣ d kemm i ifernen ma ad t-tebḍuḍ.
chat-queue-position =
    { $position ->
        [1] Tewweḍ-d tawala-k.
        [one] Uṭṭun-ik deg tebdart n uṛaju: { $position }
       *[other] Uṭṭun-ik deg tebdart n uṛaju: { $position }
    }
quick-exit = Tuffɣa s tazzla
quick-exit-explanation = Ad yemdel asnas imir-nni, ad yekkes adiwenni seg tiliɣri-a. Ma yella uẓeṭṭa, lbulis neɣ ljadarmi ad ẓren belli yessefk ad truḥeḍ.
alert-armed-individual = Amdan yesɛan leslaḥ
alert-intrusion = Yiwen yekcem war tasiregt
alert-assault = Tiyita
alert-refused-check = Yiwen yugi asenqed
alert-fire = Times, tufɣa n medden
alert-domestic-violence = Lɛenf deg uxxam tura
alert-followed = Yella win i yi-d-iḍefren
report-received = Aneqqis-ik yewweḍ-d. Uṭṭun n uḍfar: { $receipt }
minors-notice = Tzemreḍ ad taruḍ war ma tenniḍ-d isem-ik. Maca ma tudert-ik neɣ tin n wayeḍ tella deg uɣilif, lbulis neɣ ljadarmi zemren ad ɛerḍen ad ẓren anwa-k, akken ad k-ḥerzen. Tzemreḍ daɣen ad tsiwleḍ i 119 (arrac deg uɣilif) neɣ i 3018 (aqehher deg Internet). D baṭel.
