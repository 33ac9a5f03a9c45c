# status: needs native review
# language: Southern Sotho
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ngolla mapolesa kapa gendarmerie
call-17-112 = Haeba o kgona ho bua mme bophelo bo kotsing, letsetsa 17 kapa 112.
sms-114 = Haeba o sa kgone ho bua, o ka romela le SMS ho 114.
chat-you-are-writing-to = O ngolla mapolesa kapa gendarmerie.
chat-describe = Hlalosa se etsahalang le moo o leng teng.
chat-cannot-talk = Ha ke kgone ho bua
chat-send = Romela
chat-share-location = Arolelana sebaka sa ka
location-consent = Sebaka sa hao se romelwa feela ho mapolesa kapa gendarmerie e o arabang, e le hore ba kgone ho romela thuso. Ke wena ya kgethang hore na o a se arolelana.
chat-queue-position =
    { $position ->
        [1] Ke wena wa pele moleng.
        [one] Nomoro ya hao moleng: { $position }
       *[other] Nomoro ya hao moleng: { $position }
    }
quick-exit = Tswa kapele
quick-exit-explanation = E kwala app hanghang mme e hlakola moqoqo fonong ena. Haeba ho na le marang-rang, mapolesa kapa gendarmerie ba tla tsebiswa hore o ne o tlameha ho tsamaya.
alert-armed-individual = Motho ya hlometseng
alert-intrusion = Motho o kene ntle le tumello hona jwale
alert-assault = Tlhaselo
alert-refused-check = Motho o hana ho hlahlojwa
alert-fire = Mollo, ho ntsha batho
alert-domestic-violence = Pefo ya lapeng hona jwale
alert-followed = Motho o ntatela
report-received = Tlaleho ya hao e amohetswe. Nomoro ya tshupiso: { $receipt }
minors-notice = O ka ngola ntle le ho bolela lebitso la hao. Empa haeba bophelo ba hao kapa ba motho e mong bo le kotsing, mapolesa kapa gendarmerie ba ka leka ho tseba hore o mang, e le ho o sireletsa. O ka letsetsa le 119 (bana ba kotsing) kapa 3018 (tlhekefetso inthaneteng). Ke mahala.
