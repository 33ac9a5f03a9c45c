# status: needs native review
# language: Serbian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Пишите полицији или жандармерији
call-17-112 = Ако можете да говорите и нечији живот је у опасности, позовите 17 или 112.
sms-114 = Ако не можете да говорите, можете послати и SMS на 114.
chat-you-are-writing-to = Пишете полицији или жандармерији.
chat-describe = Опишите шта се дешава и где сте.
chat-cannot-talk = Не могу да говорим
chat-send = Пошаљи
chat-share-location = Подели моју локацију
location-consent = Ваша локација иде само полицији или жандармерији која вам одговара, да би могла да пошаље помоћ. Ви бирате да ли ћете је поделити.
chat-queue-position =
    { $position ->
        [1] На реду сте.
        [one] Ваше место у реду: { $position }.
        [few] Ваше место у реду: { $position }.
       *[other] Ваше место у реду: { $position }.
    }
quick-exit = Брзи излаз
quick-exit-explanation = Одмах затвара апликацију и брише разговор са овог телефона. Ако има мреже, полиција или жандармерија добија обавештење да је разговор нагло прекинут.
alert-armed-individual = Наоружана особа
alert-intrusion = Упад у току
alert-assault = Напад
alert-refused-check = Особа одбија контролу
alert-fire = Пожар, евакуација
alert-domestic-violence = Насиље у породици управо сада
alert-followed = Неко ме прати
report-received = Ваша пријава је примљена. Број пријаве: { $receipt }
minors-notice = Можеш да пишеш без свог имена. Али ако је твој живот или живот неког другог у опасности, полиција или жандармерија може покушати да сазна ко си, да би те заштитила. Можеш да позовеш и 119 (деца у опасности) или 3018 (узнемиравање на интернету). Позив је бесплатан.
