# status: needs native review
# language: Tswana
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kwalela mapodisi kgotsa gendarmerie
call-17-112 = Fa o kgona go bua mme botshelo bo le mo kotsing, letsetsa 17 kgotsa 112.
sms-114 = Fa o sa kgone go bua, o ka romela le SMS kwa 114.
chat-you-are-writing-to = O kwalela mapodisi kgotsa gendarmerie.
chat-describe = Tlhalosa se se diragalang le kwa o leng teng.
chat-cannot-talk = Ga ke kgone go bua
chat-send = Romela
chat-share-location = Abelana lefelo la me
location-consent = Lefelo la gago le romelwa fela kwa mapodisi kgotsa gendarmerie e e go arabang, gore ba kgone go romela thuso. Ke wena o tlhophang gore a o a le abelana.
chat-queue-position =
    { $position ->
        [1] Ke wena wa ntlha mo moleng.
        [one] Nomoro ya gago mo moleng: { $position }
       *[other] Nomoro ya gago mo moleng: { $position }
    }
quick-exit = Tswa ka bonako
quick-exit-explanation = E tswala app ka bonako mme e phimola puisano mo founong eno. Fa go na le neteweke, mapodisi kgotsa gendarmerie ba tla itsisiwe gore o ne o tshwanetse go tsamaya.
alert-armed-individual = Motho yo o tshotseng sebetsa
alert-intrusion = Motho o tsene kwa ntle ga tetla jaanong
alert-assault = Tlhaselo
alert-refused-check = Motho o gana go tlhatlhobiwa
alert-fire = Molelo, go ntsha batho
alert-domestic-violence = Tirisodikgoka mo lapeng jaanong
alert-followed = Motho o a ntshala morago
report-received = Pego ya gago e amogetswe. Nomoro ya tshupetso: { $receipt }
minors-notice = O ka kwala o sa bolele leina la gago. Mme fa botshelo jwa gago kgotsa jwa motho yo mongwe bo le mo kotsing, mapodisi kgotsa gendarmerie ba ka leka go itse gore o mang, go go sireletsa. O ka letsetsa le 119 (bana ba ba mo kotsing) kgotsa 3018 (kgatelelo mo inthaneteng). Ke mahala.
