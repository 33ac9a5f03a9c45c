# status: needs native review
# language: Hindi
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = पुलिस या जेंडरमेरी को लिखें
call-17-112 = अगर आप बोल सकते हैं और किसी की जान खतरे में है, तो 17 या 112 पर कॉल करें।
sms-114 = अगर आप बोल नहीं सकते, तो 114 पर SMS भी भेज सकते हैं।
chat-you-are-writing-to = आप पुलिस या जेंडरमेरी को लिख रहे हैं।
chat-describe = बताइए कि क्या हो रहा है और आप कहाँ हैं।
chat-cannot-talk = मेरे लिए बोलना संभव नहीं है
chat-send = भेजें
chat-share-location = मेरी लोकेशन शेयर करें
location-consent = आपकी लोकेशन सिर्फ़ उस पुलिस या जेंडरमेरी को जाती है जो आपको जवाब दे रही है, ताकि वह मदद भेज सके। शेयर करना है या नहीं, यह आप तय करते हैं।
chat-queue-position =
    { $position ->
        [1] आप कतार में सबसे आगे हैं।
        [one] कतार में आपका नंबर: { $position }
       *[other] कतार में आपका नंबर: { $position }
    }
quick-exit = तुरंत बाहर निकलें
quick-exit-explanation = ऐप को तुरंत बंद करता है और इस फ़ोन से बातचीत मिटा देता है। अगर नेटवर्क हो, तो पुलिस या जेंडरमेरी को बताया जाता है कि आपको जाना पड़ा।
alert-armed-individual = हथियारबंद व्यक्ति
alert-intrusion = अभी घुसपैठ हो रही है
alert-assault = हमला
alert-refused-check = कोई व्यक्ति जाँच से इनकार कर रहा है
alert-fire = आग, लोगों को बाहर निकालना
alert-domestic-violence = अभी घरेलू हिंसा हो रही है
alert-followed = कोई मेरा पीछा कर रहा है
report-received = आपकी रिपोर्ट मिल गई है। संदर्भ संख्या: { $receipt }
minors-notice = तुम अपना नाम बताए बिना लिख सकते हो। लेकिन अगर तुम्हारी या किसी और की जान खतरे में है, तो पुलिस या जेंडरमेरी तुम्हें बचाने के लिए यह पता लगाने की कोशिश कर सकती है कि तुम कौन हो। तुम 119 (खतरे में बच्चे) या 3018 (ऑनलाइन उत्पीड़न) पर भी कॉल कर सकते हो। यह मुफ़्त है।
