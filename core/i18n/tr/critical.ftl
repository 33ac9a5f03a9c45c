# status: needs native review
# language: Turkish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Polise veya jandarmaya yaz
call-17-112 = Konuşabiliyorsanız ve bir hayat tehlikedeyse 17'yi veya 112'yi arayın.
sms-114 = Konuşamıyorsanız 114'e SMS de gönderebilirsiniz.
chat-you-are-writing-to = Polise veya jandarmaya yazıyorsunuz.
chat-describe = Ne olduğunu ve nerede olduğunuzu anlatın.
chat-cannot-talk = Konuşamıyorum
chat-send = Gönder
chat-share-location = Konumumu paylaş
location-consent = Konumunuz yalnızca size cevap veren polis veya jandarmaya gider, böylece yardım gönderebilirler. Paylaşıp paylaşmamaya siz karar verirsiniz.
chat-queue-position =
    { $position ->
        [1] Sıradaki sizsiniz.
        [one] Sıranız: { $position }.
       *[other] Sıranız: { $position }.
    }
quick-exit = Hızlı çıkış
quick-exit-explanation = Uygulamayı hemen kapatır ve konuşmayı bu telefondan siler. Ağ varsa polise veya jandarmaya ayrılmak zorunda kaldığınız bildirilir.
alert-armed-individual = Silahlı kişi
alert-intrusion = Şu anda izinsiz giriş var
alert-assault = Saldırı
alert-refused-check = Bir kişi kontrolü reddediyor
alert-fire = Yangın, tahliye
alert-domestic-violence = Şu anda aile içi şiddet
alert-followed = Biri beni takip ediyor
report-received = İhbarınız alındı. Takip numarası: { $receipt }
minors-notice = Adını vermeden yazabilirsin. Ama senin ya da başka birinin hayatı tehlikedeyse, polis veya jandarma seni korumak için kim olduğunu öğrenmeye çalışabilir. 119'u (tehlikedeki çocuklar) veya 3018'i (internette taciz) de arayabilirsin. Ücretsizdir.
