# status: needs native review
# language: Indonesian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kirim pesan ke polisi atau gendarmeri
call-17-112 = Jika Anda bisa bicara dan ada nyawa dalam bahaya, telepon 17 atau 112.
sms-114 = Jika Anda tidak bisa bicara, Anda juga bisa mengirim SMS ke 114.
chat-you-are-writing-to = Anda sedang menulis ke polisi atau gendarmeri.
chat-describe = Jelaskan apa yang terjadi dan di mana Anda berada.
chat-cannot-talk = Saya tidak bisa bicara
chat-send = Kirim
chat-share-location = Bagikan lokasi saya
location-consent = Lokasi Anda hanya dikirim ke polisi atau gendarmeri yang sedang menjawab Anda, agar mereka bisa mengirim bantuan. Anda yang memilih apakah akan membagikannya.
chat-queue-position =
    { $position ->
        [1] Anda berada di urutan pertama.
       *[other] Anda berada di urutan ke-{ $position } dalam antrean.
    }
quick-exit = Keluar cepat
quick-exit-explanation = Menutup aplikasi seketika dan menghapus percakapan dari ponsel ini. Jika ada jaringan, polisi atau gendarmeri diberi tahu bahwa Anda harus pergi.
alert-armed-individual = Orang bersenjata
alert-intrusion = Ada penyusup
alert-assault = Penyerangan
alert-refused-check = Seseorang menolak pemeriksaan
alert-fire = Kebakaran, evakuasi
alert-domestic-violence = Kekerasan dalam rumah tangga sedang terjadi
alert-followed = Seseorang mengikuti saya
report-received = Laporan Anda sudah diterima. Nomor referensi: { $receipt }
minors-notice = Kamu bisa menulis tanpa menyebut namamu. Tetapi jika nyawamu atau nyawa orang lain dalam bahaya, polisi atau gendarmeri bisa berusaha mencari tahu siapa kamu, untuk melindungimu. Kamu juga bisa menelepon 119 (anak dalam bahaya) atau 3018 (pelecehan daring). Gratis.
