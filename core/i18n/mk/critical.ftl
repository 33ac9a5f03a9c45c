# status: needs native review
# language: Macedonian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Пишете до полицијата или жандармеријата
call-17-112 = Ако можете да зборувате и нечиј живот е во опасност, јавете се на 17 или 112.
sms-114 = Ако не можете да зборувате, можете да испратите и SMS на 114.
chat-you-are-writing-to = Пишувате до полицијата или жандармеријата.
chat-describe = Опишете што се случува и каде сте.
chat-cannot-talk = Не можам да зборувам
chat-send = Испрати
chat-share-location = Сподели ја мојата локација
location-consent = Вашата локација оди само до полицијата или жандармеријата што ви одговара, за да може да испрати помош. Вие одлучувате дали ќе ја споделите.
chat-queue-position =
    { $position ->
        [1] Вие сте на ред.
        [one] Вашето место во редот: { $position }.
       *[other] Вашето место во редот: { $position }.
    }
quick-exit = Брз излез
quick-exit-explanation = Веднаш ја затвора апликацијата и го брише разговорот од овој телефон. Ако има мрежа, полицијата или жандармеријата добива известување дека разговорот нагло прекинал.
alert-armed-individual = Вооружено лице
alert-intrusion = Упад во тек
alert-assault = Напад
alert-refused-check = Лице одбива контрола
alert-fire = Пожар, евакуација
alert-domestic-violence = Семејно насилство токму сега
alert-followed = Некој ме следи
report-received = Вашата пријава е примена. Број на пријава: { $receipt }
minors-notice = Можеш да пишуваш без да го кажеш своето име. Но ако твојот живот или животот на некој друг е во опасност, полицијата или жандармеријата може да се обиде да дознае кој си, за да те заштити. Можеш да се јавиш и на 119 (деца во опасност) или 3018 (вознемирување на интернет). Повикот е бесплатен.
