# status: needs native review
# language: Javanese
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kirim pesen menyang polisi utawa gendarmeri
call-17-112 = Yen sampeyan bisa ngomong lan ana nyawa sing ana ing bebaya, telpon 17 utawa 112.
sms-114 = Yen sampeyan ora bisa ngomong, sampeyan uga bisa ngirim SMS menyang 114.
chat-you-are-writing-to = Sampeyan lagi nulis menyang polisi utawa gendarmeri.
chat-describe = Critakna apa sing kedadeyan lan sampeyan ana ing ngendi.
chat-cannot-talk = Aku ora bisa ngomong
chat-send = Kirim
chat-share-location = Bagekake lokasiku
location-consent = Lokasi sampeyan mung dikirim menyang polisi utawa gendarmeri sing lagi mangsuli sampeyan, supaya bisa ngirim pitulungan. Sampeyan dhewe sing milih arep mbagekake apa ora.
chat-queue-position =
    { $position ->
        [1] Sampeyan ana ing urutan kapisan.
       *[other] Sampeyan ana ing urutan { $position } ing antrean.
    }
quick-exit = Metu cepet
quick-exit-explanation = Nutup aplikasi langsung lan mbusak obrolan saka tilpun iki. Yen ana jaringan, polisi utawa gendarmeri dikabari yen sampeyan kudu lunga.
alert-armed-individual = Wong nggawa gaman
alert-intrusion = Ana wong mlebu tanpa idin
alert-assault = Diserang
alert-refused-check = Ana wong sing ora gelem dipriksa
alert-fire = Kobongan, ngungsi
alert-domestic-violence = Ana kekerasan ing omah saiki
alert-followed = Ana wong sing ngetutake aku
report-received = Laporan sampeyan wis ditampa. Nomer referensi: { $receipt }
minors-notice = Kowe bisa nulis tanpa nyebutake jenengmu. Nanging yen nyawamu utawa nyawane wong liya ana ing bebaya, polisi utawa gendarmeri bisa nyoba ngerti sapa kowe, kanggo nglindhungi kowe. Kowe uga bisa nelpon 119 (bocah ing bebaya) utawa 3018 (pelecehan online). Gratis.
