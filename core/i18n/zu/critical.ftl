# status: needs native review
# language: Zulu
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Bhalela amaphoyisa noma i-gendarmerie
call-17-112 = Uma ukwazi ukukhuluma futhi kukhona impilo esengozini, shayela u-17 noma u-112.
sms-114 = Uma ungakwazi ukukhuluma, ungathumela ne-SMS ku-114.
chat-you-are-writing-to = Ubhalela amaphoyisa noma i-gendarmerie.
chat-describe = Chaza ukuthi kwenzekani nokuthi ukuphi.
chat-cannot-talk = Angikwazi ukukhuluma
chat-send = Thumela
chat-share-location = Yabelana ngendawo yami
location-consent = Indawo yakho ithunyelwa kuphela kumaphoyisa noma ku-gendarmerie ekuphendulayo, ukuze bakwazi ukuthumela usizo. Nguwe okhethayo ukuthi uyayabelana yini.
chat-queue-position =
    { $position ->
        [1] Nguwe owokuqala kulayini.
        [one] Inombolo yakho kulayini: { $position }
       *[other] Inombolo yakho kulayini: { $position }
    }
quick-exit = Phuma ngokushesha
quick-exit-explanation = Ivala uhlelo lokusebenza ngokushesha futhi isule ingxoxo kule foni. Uma kukhona inethiwekhi, amaphoyisa noma i-gendarmerie azotshelwa ukuthi kwadingeka uhambe.
alert-armed-individual = Umuntu ohlomile
alert-intrusion = Kukhona ongene ngaphandle kwemvume manje
alert-assault = Ukuhlaselwa
alert-refused-check = Umuntu wenqaba ukuhlolwa
alert-fire = Umlilo, ukukhipha abantu
alert-domestic-violence = Udlame lwasekhaya manje
alert-followed = Kukhona ongilandelayo
report-received = Umbiko wakho utholakele. Inombolo yereferensi: { $receipt }
minors-notice = Ungabhala ngaphandle kokusho igama lakho. Kodwa uma impilo yakho noma yomunye umuntu isengozini, amaphoyisa noma i-gendarmerie angazama ukuthola ukuthi ungubani, ukuze akuvikele. Ungashayela no-119 (izingane ezisengozini) noma u-3018 (ukuhlukunyezwa ku-inthanethi). Kumahhala.
