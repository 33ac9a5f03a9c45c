# status: needs native review
# language: Xhosa
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Bhalela amapolisa okanye i-gendarmerie
call-17-112 = Ukuba uyakwazi ukuthetha kwaye kukho ubomi obusengozini, tsalela u-17 okanye u-112.
sms-114 = Ukuba awukwazi ukuthetha, ungathumela ne-SMS ku-114.
chat-you-are-writing-to = Ubhalela amapolisa okanye i-gendarmerie.
chat-describe = Chaza okwenzekayo nalapho ukhoyo.
chat-cannot-talk = Andikwazi ukuthetha
chat-send = Thumela
chat-share-location = Yabelana ngendawo yam
location-consent = Indawo yakho ithunyelwa kuphela kumapolisa okanye kwi-gendarmerie ekuphendulayo, ukuze bakwazi ukuthumela uncedo. Nguwe okhethayo ukuba uyayabelana na.
chat-queue-position =
    { $position ->
        [1] Nguwe wokuqala emgceni.
        [one] Inombolo yakho emgceni: { $position }
       *[other] Inombolo yakho emgceni: { $position }
    }
quick-exit = Phuma ngokukhawuleza
quick-exit-explanation = Ivala i-app ngoko nangoko kwaye icime incoko kule foni. Ukuba kukho inethiwekhi, amapolisa okanye i-gendarmerie aya kuxelelwa ukuba kuye kwafuneka uhambe.
alert-armed-individual = Umntu oxhobileyo
alert-intrusion = Kukho ongene ngaphandle kwemvume ngoku
alert-assault = Uhlaselo
alert-refused-check = Umntu uyala ukuhlolwa
alert-fire = Umlilo, ukukhupha abantu
alert-domestic-violence = Ubundlobongela basekhaya ngoku
alert-followed = Kukho umntu ondilandelayo
report-received = Ingxelo yakho ifunyenwe. Inombolo yesalathiso: { $receipt }
minors-notice = Ungabhala ngaphandle kokuxela igama lakho. Kodwa ukuba ubomi bakho okanye bomnye umntu busengozini, amapolisa okanye i-gendarmerie anokuzama ukufumanisa ukuba ungubani, ukuze akukhusele. Ungatsalela no-119 (abantwana abasengozini) okanye u-3018 (ukuhlukunyezwa kwi-intanethi). Kusimahla.
