# status: needs native review
# language: Belarusian
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Напісаць у паліцыю або жандармерыю
call-17-112 = Калі вы можаце гаварыць і чыёсьці жыццё ў небяспецы, тэлефануйце 17 або 112.
sms-114 = Калі вы не можаце гаварыць, можна таксама даслаць SMS на нумар 114.
chat-you-are-writing-to = Вы пішаце ў паліцыю або жандармерыю.
chat-describe = Апішыце, што адбываецца і дзе вы.
chat-cannot-talk = Я не магу гаварыць
chat-send = Адправіць
chat-share-location = Адправіць маё месцазнаходжанне
location-consent = Ваша месцазнаходжанне атрымае толькі паліцыя або жандармерыя, якая вам адказвае, каб даслаць дапамогу. Дзяліцца ім ці не, вырашаеце вы.
chat-queue-position =
    { $position ->
        [1] Ваша чарга наступная.
        [one] Ваш нумар у чарзе: { $position }.
        [few] Ваш нумар у чарзе: { $position }.
        [many] Ваш нумар у чарзе: { $position }.
       *[other] Ваш нумар у чарзе: { $position }.
    }
quick-exit = Хуткі выхад
quick-exit-explanation = Адразу закрывае праграму і сцірае размову з гэтага тэлефона. Калі ёсць сетка, паліцыя або жандармерыя даведаецца, што вам давялося пайсці.
alert-armed-individual = Узброены чалавек
alert-intrusion = Незаконнае пранікненне зараз
alert-assault = Напад
alert-refused-check = Чалавек адмаўляецца ад праверкі
alert-fire = Пажар, эвакуацыя
alert-domestic-violence = Хатні гвалт проста зараз
alert-followed = Мяне пераследуюць
report-received = Ваша паведамленне атрымана. Нумар звароту: { $receipt }
minors-notice = Ты можаш пісаць, не называючы свайго імя. Але калі тваё жыццё або жыццё іншага чалавека ў небяспецы, паліцыя або жандармерыя можа паспрабаваць даведацца, хто ты, каб цябе абараніць. Ты таксама можаш патэлефанаваць на 119 (дзеці ў небяспецы) або 3018 (цкаванне ў інтэрнэце). Гэта бясплатна.
