# status: needs native review
# language: Marathi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = पोलीस किंवा जेंडरमेरीला लिहा
call-17-112 = तुम्ही बोलू शकत असाल आणि कोणाचा जीव धोक्यात असेल, तर 17 किंवा 112 वर कॉल करा.
sms-114 = तुम्ही बोलू शकत नसाल, तर 114 वर SMS देखील पाठवू शकता.
chat-you-are-writing-to = तुम्ही पोलीस किंवा जेंडरमेरीला लिहित आहात.
chat-describe = काय घडत आहे आणि तुम्ही कुठे आहात ते सांगा.
chat-cannot-talk = मला बोलता येत नाही
chat-send = पाठवा
chat-share-location = माझे स्थान शेअर करा
location-consent = तुमचे स्थान फक्त तुम्हाला उत्तर देणाऱ्या पोलीस किंवा जेंडरमेरीलाच पाठवले जाते, जेणेकरून ते मदत पाठवू शकतील. शेअर करायचे की नाही हे तुम्ही ठरवता.
chat-queue-position =
    { $position ->
        [1] रांगेत तुम्ही पहिले आहात.
        [one] रांगेत तुमचा क्रमांक: { $position }
       *[other] रांगेत तुमचा क्रमांक: { $position }
    }
quick-exit = लगेच बाहेर पडा
quick-exit-explanation = ॲप लगेच बंद करते आणि या फोनवरून संभाषण पुसून टाकते. नेटवर्क असल्यास, तुम्हाला जावे लागले असे पोलीस किंवा जेंडरमेरीला कळवले जाते.
alert-armed-individual = सशस्त्र व्यक्ती
alert-intrusion = आत्ता घुसखोरी होत आहे
alert-assault = हल्ला
alert-refused-check = एक व्यक्ती तपासणीला नकार देत आहे
alert-fire = आग, लोकांना बाहेर काढणे
alert-domestic-violence = आत्ता कौटुंबिक हिंसाचार होत आहे
alert-followed = कोणीतरी माझा पाठलाग करत आहे
report-received = तुमचा अहवाल मिळाला आहे. संदर्भ क्रमांक: { $receipt }
minors-notice = तुम्ही तुमचे नाव न सांगता लिहू शकता. पण तुमचा किंवा दुसऱ्या कोणाचा जीव धोक्यात असेल, तर तुमचे संरक्षण करण्यासाठी पोलीस किंवा जेंडरमेरी तुम्ही कोण आहात हे शोधण्याचा प्रयत्न करू शकते. तुम्ही 119 (धोक्यात असलेली मुले) किंवा 3018 (ऑनलाइन छळ) वरही कॉल करू शकता. हे मोफत आहे.
