# status: needs native review
# language: Western Punjabi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = پولیس یا جینڈرمری نوں لکھو
call-17-112 = جے تسیں بول سکدے او تے کسے دی جان خطرے وچ اے تاں 17 یا 112 تے فون کرو۔
sms-114 = جے تسیں بول نہیں سکدے تاں 114 تے SMS وی گھل سکدے او۔
chat-you-are-writing-to = تسیں پولیس یا جینڈرمری نوں لکھ رہے او۔
chat-describe = دسو کی ہو رہیا اے تے تسیں کتھے او۔
chat-cannot-talk = میرے لئی بولنا ممکن نہیں
chat-send = گھلو
chat-share-location = میری جگہ شیئر کرو
location-consent = تہاڈی جگہ صرف اوس پولیس یا جینڈرمری نوں جاندی اے جیہڑی تہانوں جواب دے رہی اے، تاں جو اوہ مدد گھل سکن۔ شیئر کرنا یا نہ کرنا تہاڈا فیصلہ اے۔
chat-queue-position =
    { $position ->
        [1] تسیں قطار وچ سب توں اگے او۔
        [one] قطار وچ تہاڈا نمبر: { $position }
       *[other] قطار وچ تہاڈا نمبر: { $position }
    }
quick-exit = چھیتی باہر نکلو
quick-exit-explanation = ایپ فوراً بند کردی اے تے ایس فون توں گل بات مٹا دیندی اے۔ جے نیٹ ورک ہووے تاں پولیس یا جینڈرمری نوں دس دتا جاندا اے کہ تہانوں جانا پیا۔
alert-armed-individual = ہتھیار بند بندہ
alert-intrusion = ہنے غیر قانونی داخلہ ہو رہیا اے
alert-assault = حملہ
alert-refused-check = اک بندہ چیکنگ توں انکار کر رہیا اے
alert-fire = اگ، خالی کرنا
alert-domestic-violence = ہنے گھریلو تشدد ہو رہیا اے
alert-followed = کوئی میرا پچھا کر رہیا اے
report-received = تہاڈی رپورٹ مل گئی اے۔ حوالہ نمبر: { $receipt }
minors-notice = توں اپنا ناں دسے بغیر لکھ سکدا ایں۔ پر جے تیری یا کسے ہور دی جان خطرے وچ ہووے تاں پولیس یا جینڈرمری تینوں بچان لئی ایہ جانن دی کوشش کر سکدی اے کہ توں کون ایں۔ توں 119 (خطرے وچ بچے) یا 3018 (آن لائن تنگ کرنا) تے وی فون کر سکدا ایں۔ ایہ مفت اے۔
