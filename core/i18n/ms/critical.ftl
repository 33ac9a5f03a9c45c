# status: needs native review
# language: Malay
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Hantar mesej kepada polis atau gendarmeri
call-17-112 = Jika anda boleh bercakap dan ada nyawa dalam bahaya, hubungi 17 atau 112.
sms-114 = Jika anda tidak boleh bercakap, anda juga boleh menghantar SMS ke 114.
chat-you-are-writing-to = Anda sedang menulis kepada polis atau gendarmeri.
chat-describe = Terangkan apa yang berlaku dan di mana anda berada.
chat-cannot-talk = Saya tidak boleh bercakap
chat-send = Hantar
chat-share-location = Kongsi lokasi saya
location-consent = Lokasi anda hanya dihantar kepada polis atau gendarmeri yang sedang menjawab anda, supaya mereka boleh menghantar bantuan. Anda yang memilih sama ada mahu berkongsi.
chat-queue-position =
    { $position ->
        [1] Anda berada di giliran pertama.
       *[other] Anda berada di giliran ke-{ $position }.
    }
quick-exit = Keluar pantas
quick-exit-explanation = Menutup aplikasi serta-merta dan memadam perbualan daripada telefon ini. Jika ada rangkaian, polis atau gendarmeri dimaklumkan bahawa anda terpaksa pergi.
alert-armed-individual = Orang bersenjata
alert-intrusion = Ada penceroboh
alert-assault = Serangan
alert-refused-check = Seseorang enggan diperiksa
alert-fire = Kebakaran, evakuasi
alert-domestic-violence = Keganasan rumah tangga sedang berlaku
alert-followed = Seseorang sedang mengekori saya
report-received = Laporan anda telah diterima. Nombor rujukan: { $receipt }
minors-notice = Kamu boleh menulis tanpa memberi nama kamu. Tetapi jika nyawa kamu atau orang lain dalam bahaya, polis atau gendarmeri mungkin cuba mengetahui siapa kamu, untuk melindungi kamu. Kamu juga boleh menelefon 119 (kanak-kanak dalam bahaya) atau 3018 (gangguan dalam talian). Percuma.
