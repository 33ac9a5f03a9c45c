# status: needs native review
# language: Bulgarian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Пишете на полицията или жандармерията
call-17-112 = Ако можете да говорите и нечий живот е в опасност, обадете се на 17 или 112.
sms-114 = Ако не можете да говорите, можете да изпратите и SMS на 114.
chat-you-are-writing-to = Пишете на полицията или жандармерията.
chat-describe = Опишете какво се случва и къде сте.
chat-cannot-talk = Не мога да говоря
chat-send = Изпрати
chat-share-location = Сподели местоположението ми
location-consent = Местоположението ви отива само до полицията или жандармерията, която ви отговаря, за да може да изпрати помощ. Вие решавате дали да го споделите.
chat-queue-position =
    { $position ->
        [1] Вие сте първи на опашката.
        [one] Вашето място на опашката: { $position }.
       *[other] Вашето място на опашката: { $position }.
    }
quick-exit = Бърз изход
quick-exit-explanation = Веднага затваря приложението и изтрива разговора от този телефон. Ако има мрежа, полицията или жандармерията получава известие, че разговорът е прекъснат внезапно.
alert-armed-individual = Въоръжен човек
alert-intrusion = Проникване в момента
alert-assault = Нападение
alert-refused-check = Човек отказва проверка
alert-fire = Пожар, евакуация
alert-domestic-violence = Домашно насилие в момента
alert-followed = Някой ме следи
report-received = Сигналът ви е получен. Номер за справка: { $receipt }
minors-notice = Можеш да пишеш, без да казваш името си. Но ако твоят живот или животът на някой друг е в опасност, полицията или жандармерията може да се опита да разбере кой си, за да те защити. Можеш да се обадиш и на 119 (деца в опасност) или 3018 (тормоз в интернет). Обаждането е безплатно.
