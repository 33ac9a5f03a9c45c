# status: needs native review
# language: Dari
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = نوشتن به پولیس یا ژاندارمری
call-17-112 = اگر می‌توانید گپ بزنید و زندگی کسی در خطر است، به 17 یا 112 زنگ بزنید.
sms-114 = اگر نمی‌توانید گپ بزنید، می‌توانید به 114 پیام کوتاه هم بفرستید.
chat-you-are-writing-to = شما به پولیس یا ژاندارمری می‌نویسید.
chat-describe = بنویسید چه واقع می‌شود و شما کجا هستید.
chat-cannot-talk = نمی‌توانم گپ بزنم
chat-send = ارسال
chat-share-location = شریک ساختن موقعیت من
location-consent = موقعیت شما تنها به پولیس یا ژاندارمری که به شما جواب می‌دهد فرستاده می‌شود تا کمک بفرستند. خود شما انتخاب می‌کنید که آن را شریک بسازید یا نه.
chat-queue-position =
    { $position ->
        [1] شما نفر اول در نوبت هستید.
        [one] نوبت شما: { $position }
       *[other] نوبت شما: { $position }
    }
quick-exit = خروج سریع
quick-exit-explanation = برنامه را فوراً بسته می‌کند و گفتگو را از این موبایل پاک می‌کند. اگر شبکه باشد، به پولیس یا ژاندارمری خبر داده می‌شود که مجبور شدید بروید.
alert-armed-individual = شخص مسلح
alert-intrusion = داخل شدن غیرقانونی همین حالا
alert-assault = حمله
alert-refused-check = شخصی از تلاشی سرباز می‌زند
alert-fire = آتش‌سوزی، تخلیه
alert-domestic-violence = خشونت خانوادگی همین حالا
alert-followed = کسی مرا تعقیب می‌کند
report-received = گزارش شما رسید. شمارهٔ پیگیری: { $receipt }
minors-notice = تو می‌توانی بدون گفتن نامت بنویسی. اما اگر زندگی تو یا کس دیگری در خطر باشد، پولیس یا ژاندارمری شاید کوشش کند بفهمد تو کی هستی، تا از تو محافظت کند. می‌توانی به 119 (اطفال در خطر) یا 3018 (آزار در انترنت) هم زنگ بزنی. مجانی است.
