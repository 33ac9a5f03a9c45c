# status: needs native review
# language: Ukrainian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Написати до поліції або жандармерії
call-17-112 = Якщо ви можете говорити і чиєсь життя в небезпеці, телефонуйте 17 або 112.
sms-114 = Якщо ви не можете говорити, можна також надіслати SMS на номер 114.
chat-you-are-writing-to = Ви пишете до поліції або жандармерії.
chat-describe = Опишіть, що відбувається і де ви.
chat-cannot-talk = Я не можу говорити
chat-send = Надіслати
chat-share-location = Надіслати моє місцезнаходження
location-consent = Ваше місцезнаходження отримає лише поліція або жандармерія, яка вам відповідає, щоб надіслати допомогу. Ділитися ним чи ні, вирішуєте ви.
chat-queue-position =
    { $position ->
        [1] Ваша черга наступна.
        [one] Ваш номер у черзі: { $position }.
        [few] Ваш номер у черзі: { $position }.
        [many] Ваш номер у черзі: { $position }.
       *[other] Ваш номер у черзі: { $position }.
    }
quick-exit = Швидкий вихід
quick-exit-explanation = Одразу закриває застосунок і стирає розмову з цього телефона. Якщо є мережа, поліція або жандармерія дізнається, що вам довелося піти.
alert-armed-individual = Озброєна людина
alert-intrusion = Незаконне проникнення зараз
alert-assault = Напад
alert-refused-check = Людина відмовляється від перевірки
alert-fire = Пожежа, евакуація
alert-domestic-violence = Домашнє насильство просто зараз
alert-followed = Мене переслідують
report-received = Ваше повідомлення отримано. Номер звернення: { $receipt }
minors-notice = Ти можеш писати, не називаючи свого імені. Але якщо твоє життя або життя іншої людини в небезпеці, поліція або жандармерія може спробувати дізнатися, хто ти, щоб тебе захистити. Ти також можеш зателефонувати на 119 (діти в небезпеці) або 3018 (цькування в інтернеті). Це безкоштовно.
