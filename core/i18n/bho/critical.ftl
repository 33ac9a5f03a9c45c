# status: needs native review
# language: Bhojpuri
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = पुलिस भा जेंडरमेरी के लिखीं
call-17-112 = अगर रउआ बोल सकीं आ केहू के जान खतरा में बा, त 17 भा 112 पर फोन करीं।
sms-114 = अगर रउआ बोल ना सकीं, त 114 पर SMS भी भेज सकीं।
chat-you-are-writing-to = रउआ पुलिस भा जेंडरमेरी के लिख रहल बानी।
chat-describe = बताईं कि का हो रहल बा आ रउआ कहाँ बानी।
chat-cannot-talk = हम बोल ना सकीं
chat-send = भेजीं
chat-share-location = हमार लोकेशन शेयर करीं
location-consent = रउआ लोकेशन खाली ओह पुलिस भा जेंडरमेरी के जाला जे रउआ के जवाब दे रहल बा, ताकि ऊ मदद भेज सके। शेयर करे के बा कि ना, ई रउआ तय करीं।
chat-queue-position =
    { $position ->
        [1] रउआ लाइन में सबसे आगे बानी।
        [one] लाइन में रउआ नंबर: { $position }
       *[other] लाइन में रउआ नंबर: { $position }
    }
quick-exit = तुरंत बाहर निकलीं
quick-exit-explanation = ऐप के तुरंत बंद कर देला आ एह फोन से बातचीत मिटा देला। अगर नेटवर्क होखे, त पुलिस भा जेंडरमेरी के बतावल जाला कि रउआ के जाए के पड़ल।
alert-armed-individual = हथियार वाला आदमी
alert-intrusion = अबहीं केहू जबरदस्ती घुसल बा
alert-assault = हमला
alert-refused-check = एगो आदमी जाँच से मना कर रहल बा
alert-fire = आग, लोगन के बाहर निकालल
alert-domestic-violence = अबहीं घरेलू हिंसा हो रहल बा
alert-followed = केहू हमार पीछा कर रहल बा
report-received = रउआ रिपोर्ट मिल गइल बा। संदर्भ नंबर: { $receipt }
minors-notice = तू आपन नाम बतवले बिना लिख सकेल। बाकिर अगर तोहार भा केहू दोसरा के जान खतरा में बा, त पुलिस भा जेंडरमेरी तोहरा के बचावे खातिर ई पता लगावे के कोसिस कर सकेला कि तू के हव। तू 119 (खतरा में लइका) भा 3018 (ऑनलाइन परेसान कइल) पर भी फोन कर सकेल। ई मुफ्त बा।
