# status: needs native review
# language: Uzbek
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Politsiya yoki jandarmeriyaga yozish
call-17-112 = Agar gapira olsangiz va kimningdir hayoti xavf ostida bo‘lsa, 17 yoki 112 ga qo‘ng‘iroq qiling.
sms-114 = Agar gapira olmasangiz, 114 ga SMS ham yuborishingiz mumkin.
chat-you-are-writing-to = Siz politsiya yoki jandarmeriyaga yozyapsiz.
chat-describe = Nima bo‘layotganini va qayerdaligingizni yozing.
chat-cannot-talk = Gapira olmayman
chat-send = Yuborish
chat-share-location = Joylashuvimni ulashish
location-consent = Joylashuvingiz faqat sizga javob berayotgan politsiya yoki jandarmeriyaga yuboriladi, ular yordam yubora olishi uchun. Ulashish yoki ulashmaslikni o‘zingiz tanlaysiz.
chat-queue-position =
    { $position ->
        [1] Siz navbatda birinchisiz.
        [one] Navbatdagi raqamingiz: { $position }
       *[other] Navbatdagi raqamingiz: { $position }
    }
quick-exit = Tez chiqish
quick-exit-explanation = Ilovani darhol yopadi va suhbatni bu telefondan o‘chiradi. Tarmoq bo‘lsa, politsiya yoki jandarmeriyaga ketishga majbur bo‘lganingiz haqida xabar beriladi.
alert-armed-individual = Qurollangan shaxs
alert-intrusion = Hozir noqonuniy kirish sodir bo‘lmoqda
alert-assault = Hujum
alert-refused-check = Bir kishi tekshiruvdan bosh tortmoqda
alert-fire = Yong‘in, evakuatsiya
alert-domestic-violence = Hozir oilaviy zo‘ravonlik sodir bo‘lmoqda
alert-followed = Kimdir meni kuzatib kelyapti
report-received = Xabaringiz qabul qilindi. Ma’lumot raqami: { $receipt }
minors-notice = Ismingni aytmasdan yozishing mumkin. Lekin sening yoki boshqa birovning hayoti xavf ostida bo‘lsa, politsiya yoki jandarmeriya seni himoya qilish uchun kimligingni aniqlashga harakat qilishi mumkin. 119 (xavf ostidagi bolalar) yoki 3018 (internetdagi ta’qib) raqamlariga ham qo‘ng‘iroq qilishing mumkin. Bu bepul.
