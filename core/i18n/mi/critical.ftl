# status: needs native review
# language: Māori
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Tuhi ki ngā pirihimana
call-17-112 = Mēnā ka taea e koe te kōrero, ā, kei te mōrearea tētahi oranga, waea atu ki te 17, ki te 112 rānei.
sms-114 = Mēnā kāore e taea e koe te kōrero, ka taea hoki te tuku SMS ki te 114.
chat-you-are-writing-to = Kei te tuhi koe ki ngā pirihimana.
chat-describe = Whakamāramahia te mea e pā ana, me te wāhi kei reira koe.
chat-cannot-talk = Kāore e taea e au te kōrero
chat-send = Tukua
chat-share-location = Tohaina taku wāhi
location-consent = Ka tukuna tō wāhi ki ngā pirihimana e whakautu ana ki a koe anake, kia taea ai e rātou te tuku āwhina. Māu e whiriwhiri mēnā ka tohaina.
chat-queue-position =
    { $position ->
        [1] Ko koe te tuatahi i te rārangi.
       *[other] Tō nama i te rārangi: { $position }
    }
quick-exit = Puta tere
quick-exit-explanation = Ka kati tonu i te taupānga, ka muku i te kōrerorero i tēnei waea. Mēnā he whatunga, ka whakamōhiotia ngā pirihimana me wehe koe.
alert-armed-individual = He tangata mau patu
alert-intrusion = Kua uru mai tētahi kāore he whakaaetanga ināianei
alert-assault = He whakaekenga
alert-refused-check = Kei te whakakāhore tētahi tangata ki te tirotiro
alert-fire = Ahi, te whakawātea i te tangata
alert-domestic-violence = He tūkino ā-whānau ināianei
alert-followed = Kei te whai tētahi i a au
report-received = Kua tae mai tō pūrongo. Nama tohutoro: { $receipt }
minors-notice = Ka taea e koe te tuhi me te kore e whakaatu i tō ingoa. Engari mēnā kei te mōrearea tō oranga, tō tētahi atu rānei, ka ngana pea ngā pirihimana ki te mōhio ko wai koe, hei tiaki i a koe. Ka taea hoki e koe te waea ki te 119 (he tamariki kei te mōrearea) ki te 3018 rānei (whakaweti ā-ipurangi). He kore utu.
