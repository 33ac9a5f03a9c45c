# status: needs native review
# language: Igbo
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Degara ndị uwe ojii ma ọ bụ ndị jandam ozi
call-17-112 = Ọ bụrụ na ị nwere ike ikwu okwu ma ndụ mmadụ nọ n'ihe ize ndụ, kpọọ 17 ma ọ bụ 112.
sms-114 = Ọ bụrụ na ị nweghị ike ikwu okwu, ị nwekwara ike iziga SMS na 114.
chat-you-are-writing-to = Ị na-edegara ndị uwe ojii ma ọ bụ ndị jandam ozi.
chat-describe = Kọwaa ihe na-eme na ebe ị nọ.
chat-cannot-talk = Enweghị m ike ikwu okwu
chat-send = Zipu
chat-share-location = Kekọrịta ebe m nọ
location-consent = A na-eziga ebe ị nọ naanị n'aka ndị uwe ojii ma ọ bụ ndị jandam na-aza gị, ka ha nwee ike iziga enyemaka. Ọ bụ gị na-ahọrọ ma ị ga-ekekọrịta ya.
chat-queue-position =
    { $position ->
        [1] Ị bụ onye mbụ n'ahịrị.
       *[other] Nọmba gị n'ahịrị: { $position }
    }
quick-exit = Pụọ ngwa ngwa
quick-exit-explanation = Ọ na-emechi ngwa ahụ ozugbo ma hichapụ mkparịta ụka ahụ na ekwentị a. Ọ bụrụ na netwọk dị, a ga-agwa ndị uwe ojii ma ọ bụ ndị jandam na ị ga-apụrịrị.
alert-armed-individual = Onye ji ngwa agha
alert-intrusion = Mmadụ abanyela n'enweghị ikike ugbu a
alert-assault = Mwakpo
alert-refused-check = Mmadụ na-ajụ ka a nyochaa ya
alert-fire = Ọkụ, ịkpọpụ ndị mmadụ
alert-domestic-violence = Ime ihe ike n'ụlọ na-eme ugbu a
alert-followed = Mmadụ na-eso m
report-received = Anatala akụkọ gị. Nọmba ntụaka: { $receipt }
minors-notice = Ị nwere ike ide ihe n'ekwughị aha gị. Mana ọ bụrụ na ndụ gị ma ọ bụ nke onye ọzọ nọ n'ihe ize ndụ, ndị uwe ojii ma ọ bụ ndị jandam nwere ike ịchọpụta onye ị bụ, iji chebe gị. Ị nwekwara ike ịkpọ 119 (ụmụaka nọ n'ihe ize ndụ) ma ọ bụ 3018 (mmekpa ahụ n'ịntanetị). Ọ bụ n'efu.
