# status: needs native review
# language: Urdu
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = پولیس یا جینڈرمری کو لکھیں
call-17-112 = اگر آپ بول سکتے ہیں اور کسی کی جان خطرے میں ہے تو 17 یا 112 پر کال کریں۔
sms-114 = اگر آپ بول نہیں سکتے تو 114 پر SMS بھی بھیج سکتے ہیں۔
chat-you-are-writing-to = آپ پولیس یا جینڈرمری کو لکھ رہے ہیں۔
chat-describe = بتائیں کیا ہو رہا ہے اور آپ کہاں ہیں۔
chat-cannot-talk = میرے لیے بولنا ممکن نہیں
chat-send = بھیجیں
chat-share-location = میرا مقام شیئر کریں
location-consent = آپ کا مقام صرف اس پولیس یا جینڈرمری کو جاتا ہے جو آپ کو جواب دے رہی ہے، تاکہ وہ مدد بھیج سکے۔ شیئر کرنا یا نہ کرنا آپ کا فیصلہ ہے۔
chat-queue-position =
    { $position ->
        [1] آپ قطار میں سب سے آگے ہیں۔
        [one] قطار میں آپ کا نمبر: { $position }
       *[other] قطار میں آپ کا نمبر: { $position }
    }
quick-exit = فوری باہر نکلیں
quick-exit-explanation = ایپ فوراً بند کرتا ہے اور اس فون سے بات چیت مٹا دیتا ہے۔ اگر نیٹ ورک ہو تو پولیس یا جینڈرمری کو بتا دیا جاتا ہے کہ آپ کو جانا پڑا۔
alert-armed-individual = مسلح شخص
alert-intrusion = ابھی غیر قانونی داخلہ ہو رہا ہے
alert-assault = حملہ
alert-refused-check = ایک شخص چیکنگ سے انکار کر رہا ہے
alert-fire = آگ، انخلا
alert-domestic-violence = ابھی گھریلو تشدد ہو رہا ہے
alert-followed = کوئی میرا پیچھا کر رہا ہے
report-received = آپ کی رپورٹ موصول ہو گئی ہے۔ حوالہ نمبر: { $receipt }
minors-notice = تم اپنا نام بتائے بغیر لکھ سکتے ہو۔ لیکن اگر تمہاری یا کسی اور کی جان خطرے میں ہو تو پولیس یا جینڈرمری تمہیں بچانے کے لیے یہ جاننے کی کوشش کر سکتی ہے کہ تم کون ہو۔ تم 119 (خطرے میں بچے) یا 3018 (آن لائن ہراسانی) پر بھی کال کر سکتے ہو۔ یہ مفت ہے۔
