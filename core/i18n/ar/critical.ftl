# status: needs native review
# language: Arabic
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = راسل الشرطة أو الدرك
call-17-112 = إذا كنت تستطيع الكلام وكانت هناك حياة في خطر، اتصل بالرقم 17 أو 112.
sms-114 = إذا كنت لا تستطيع الكلام، يمكنك أيضًا إرسال رسالة نصية إلى الرقم 114.
chat-you-are-writing-to = أنت تكتب إلى الشرطة أو الدرك.
chat-describe = صِف ما يحدث وأين أنت.
chat-cannot-talk = لا أستطيع الكلام
chat-send = إرسال
chat-share-location = مشاركة موقعي
location-consent = يُرسَل موقعك فقط إلى الشرطة أو الدرك الذين يردّون عليك، لكي يرسلوا المساعدة. أنت تختار إن كنت تريد مشاركته.
chat-queue-position =
    { $position ->
        [1] أنت في أول قائمة الانتظار.
        [zero] ترتيبك في قائمة الانتظار: { $position }
        [one] ترتيبك في قائمة الانتظار: { $position }
        [two] ترتيبك في قائمة الانتظار: { $position }
        [few] ترتيبك في قائمة الانتظار: { $position }
        [many] ترتيبك في قائمة الانتظار: { $position }
       *[other] ترتيبك في قائمة الانتظار: { $position }
    }
quick-exit = خروج سريع
quick-exit-explanation = يغلق التطبيق فورًا ويمحو المحادثة من هذا الهاتف. إذا توفرت الشبكة، تُبلَّغ الشرطة أو الدرك بأنك اضطررت إلى المغادرة.
alert-armed-individual = شخص مسلّح
alert-intrusion = اقتحام جارٍ الآن
alert-assault = اعتداء
alert-refused-check = شخص يرفض الخضوع للتفتيش
alert-fire = حريق، إخلاء
alert-domestic-violence = عنف أسري يحدث الآن
alert-followed = شخص ما يلاحقني
report-received = تم استلام بلاغك. رقم المتابعة: { $receipt }
minors-notice = يمكنك أن تكتب دون أن تذكر اسمك. لكن إذا كانت حياتك أو حياة شخص آخر في خطر، فقد تحاول الشرطة أو الدرك معرفة من أنت، لحمايتك. يمكنك أيضًا الاتصال بالرقم 119 (أطفال في خطر) أو 3018 (تحرش عبر الإنترنت). الاتصال مجاني.
