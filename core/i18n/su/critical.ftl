# status: needs native review
# language: Sundanese
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kirim pesen ka pulisi atawa gendarmeri
call-17-112 = Upami anjeun tiasa nyarios sareng aya nyawa dina bahaya, telepon 17 atanapi 112.
sms-114 = Upami anjeun teu tiasa nyarios, anjeun ogé tiasa ngirim SMS ka 114.
chat-you-are-writing-to = Anjeun keur nulis ka pulisi atawa gendarmeri.
chat-describe = Jelaskeun naon anu kajadian jeung anjeun aya di mana.
chat-cannot-talk = Abdi teu tiasa nyarios
chat-send = Kirim
chat-share-location = Bagikeun lokasi abdi
location-consent = Lokasi anjeun ngan dikirim ka pulisi atawa gendarmeri anu keur ngajawab anjeun, supaya bisa ngirim bantuan. Anjeun nu milih rék ngabagikeun atawa henteu.
chat-queue-position =
    { $position ->
        [1] Anjeun aya dina urutan kahiji.
       *[other] Anjeun aya dina urutan ka-{ $position } dina antrian.
    }
quick-exit = Kaluar gancang
quick-exit-explanation = Nutup aplikasi langsung sareng mupus obrolan tina telepon ieu. Upami aya jaringan, pulisi atanapi gendarmeri dibéjaan yén anjeun kedah angkat.
alert-armed-individual = Jalma mawa pakarang
alert-intrusion = Aya nu asup tanpa idin
alert-assault = Diserang
alert-refused-check = Aya jalma nu nolak dipariksa
alert-fire = Kahuruan, évakuasi
alert-domestic-violence = Aya kekerasan di imah ayeuna
alert-followed = Aya nu nuturkeun abdi
report-received = Laporan anjeun parantos katampi. Nomer rujukan: { $receipt }
minors-notice = Anjeun tiasa nyerat tanpa nyebatkeun nami. Tapi upami nyawa anjeun atanapi jalma sanés aya dina bahaya, pulisi atanapi gendarmeri tiasa nyobian terang saha anjeun, pikeun ngajagi anjeun. Anjeun ogé tiasa nelepon 119 (budak dina bahaya) atanapi 3018 (pelecehan online). Gratis.
