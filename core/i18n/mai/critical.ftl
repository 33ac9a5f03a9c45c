# status: needs native review
# language: Maithili
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = पुलिस वा जेंडरमेरीकेँ लिखू
call-17-112 = जँ अहाँ बाजि सकैत छी आ ककरो जान खतरामे अछि, तँ 17 वा 112 पर फोन करू।
sms-114 = जँ अहाँ बाजि नहि सकैत छी, तँ 114 पर SMS सेहो पठा सकैत छी।
chat-you-are-writing-to = अहाँ पुलिस वा जेंडरमेरीकेँ लिखि रहल छी।
chat-describe = बताउ जे की भऽ रहल अछि आ अहाँ कतऽ छी।
chat-cannot-talk = हम बाजि नहि सकैत छी
chat-send = पठाउ
chat-share-location = हमर लोकेशन साझा करू
location-consent = अहाँक लोकेशन मात्र ओहि पुलिस वा जेंडरमेरीकेँ जाइत अछि जे अहाँकेँ जवाब दऽ रहल अछि, जाहिसँ ओ मदति पठा सकय। साझा करब की नहि, ई अहाँ तय करैत छी।
chat-queue-position =
    { $position ->
        [1] अहाँ पाँतिमे सभसँ आगाँ छी।
       *[other] पाँतिमे अहाँक नंबर: { $position }
    }
quick-exit = तुरंत बाहर निकलू
quick-exit-explanation = ऐप तुरंत बंद करैत अछि आ एहि फोनसँ गपशप मेटा दैत अछि। जँ नेटवर्क हो, तँ पुलिस वा जेंडरमेरीकेँ बताओल जाइत अछि जे अहाँकेँ जाए पड़ल।
alert-armed-individual = हथियारबंद व्यक्ति
alert-intrusion = एखन घुसपैठ भऽ रहल अछि
alert-assault = आक्रमण
alert-refused-check = एक व्यक्ति जाँचसँ मना कऽ रहल अछि
alert-fire = आगि, लोककेँ बाहर निकालब
alert-domestic-violence = एखन घरेलू हिंसा भऽ रहल अछि
alert-followed = केओ हमर पाछाँ लागल अछि
report-received = अहाँक रिपोर्ट भेटि गेल अछि। संदर्भ संख्या: { $receipt }
minors-notice = अहाँ अपन नाम बतौने बिना लिखि सकैत छी। मुदा जँ अहाँक वा ककरो आनक जान खतरामे अछि, तँ पुलिस वा जेंडरमेरी अहाँक रक्षाक लेल ई पता लगेबाक प्रयास कऽ सकैत अछि जे अहाँ के छी। अहाँ 119 (खतरामे बच्चा) वा 3018 (ऑनलाइन उत्पीड़न) पर सेहो फोन कऽ सकैत छी। ई निःशुल्क अछि।
