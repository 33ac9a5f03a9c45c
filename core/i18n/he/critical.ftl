# status: needs native review
# language: Hebrew
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = לכתוב למשטרה או לז'נדרמריה
call-17-112 = אם אתם יכולים לדבר וחיים בסכנה, התקשרו ל-17 או ל-112.
sms-114 = אם אינכם יכולים לדבר, אפשר גם לשלוח SMS ל-114.
chat-you-are-writing-to = ההודעה שלך נשלחת למשטרה או לז'נדרמריה.
chat-describe = תארו מה קורה ואיפה אתם נמצאים.
chat-cannot-talk = אין לי אפשרות לדבר
chat-send = שליחה
chat-share-location = שיתוף המיקום שלי
location-consent = המיקום שלכם נשלח רק למשטרה או לז'נדרמריה שעונה לכם, כדי שיוכלו לשלוח עזרה. אתם בוחרים אם לשתף אותו.
chat-queue-position =
    { $position ->
        [1] אתם ראשונים בתור.
        [one] המקום שלכם בתור: { $position }
        [two] המקום שלכם בתור: { $position }
        [many] המקום שלכם בתור: { $position }
       *[other] המקום שלכם בתור: { $position }
    }
quick-exit = יציאה מהירה
quick-exit-explanation = סוגר את האפליקציה מיד ומוחק את השיחה מהטלפון הזה. אם יש רשת, המשטרה או הז'נדרמריה מקבלת הודעה שנאלצתם לעזוב.
alert-armed-individual = אדם חמוש
alert-intrusion = פריצה מתרחשת עכשיו
alert-assault = תקיפה
alert-refused-check = אדם מסרב לבדיקה
alert-fire = שריפה, פינוי
alert-domestic-violence = אלימות במשפחה מתרחשת עכשיו
alert-followed = מישהו עוקב אחריי
report-received = הדיווח שלכם התקבל. מספר אסמכתה: { $receipt }
minors-notice = אפשר לכתוב בלי למסור את השם שלך. אבל אם החיים שלך או של מישהו אחר בסכנה, המשטרה או הז'נדרמריה עשויה לנסות לברר את זהותך, כדי להגן עליך. אפשר גם להתקשר ל-119 (ילדים בסכנה) או ל-3018 (הטרדה ברשת). השיחה בחינם.
