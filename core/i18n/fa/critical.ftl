# status: needs native review
# language: Persian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = نوشتن به پلیس یا ژاندارمری
call-17-112 = اگر می‌توانید حرف بزنید و جان کسی در خطر است، با 17 یا 112 تماس بگیرید.
sms-114 = اگر نمی‌توانید حرف بزنید، می‌توانید به 114 پیامک هم بفرستید.
chat-you-are-writing-to = شما به پلیس یا ژاندارمری پیام می‌نویسید.
chat-describe = توضیح دهید چه اتفاقی می‌افتد و کجا هستید.
chat-cannot-talk = نمی‌توانم حرف بزنم
chat-send = ارسال
chat-share-location = اشتراک‌گذاری موقعیت من
location-consent = موقعیت شما فقط برای پلیس یا ژاندارمری‌ای که به شما پاسخ می‌دهد فرستاده می‌شود تا بتوانند کمک بفرستند. خودتان انتخاب می‌کنید که آن را به اشتراک بگذارید یا نه.
chat-queue-position =
    { $position ->
        [1] شما نفر اول صف هستید.
        [one] نوبت شما در صف: { $position }
       *[other] نوبت شما در صف: { $position }
    }
quick-exit = خروج سریع
quick-exit-explanation = برنامه را فوراً می‌بندد و گفتگو را از این گوشی پاک می‌کند. اگر شبکه باشد، به پلیس یا ژاندارمری خبر داده می‌شود که مجبور به رفتن شدید.
alert-armed-individual = فرد مسلح
alert-intrusion = ورود غیرمجاز در جریان است
alert-assault = حمله
alert-refused-check = فردی از بازرسی سر باز می‌زند
alert-fire = آتش‌سوزی، تخلیه
alert-domestic-violence = خشونت خانگی همین حالا
alert-followed = کسی مرا تعقیب می‌کند
report-received = گزارش شما دریافت شد. شماره پیگیری: { $receipt }
minors-notice = می‌توانی بدون گفتن اسمت بنویسی. اما اگر جان تو یا کس دیگری در خطر باشد، پلیس یا ژاندارمری ممکن است برای محافظت از تو تلاش کند بفهمد تو کی هستی. می‌توانی به 119 (کودکان در خطر) یا 3018 (آزار در اینترنت) هم زنگ بزنی. رایگان است.
