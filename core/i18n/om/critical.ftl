# status: needs native review
# language: Oromo
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Poolisii ykn jandaarmariif barreessi
call-17-112 = Yoo dubbachuu dandeessee fi lubbuun namaa balaa keessa jiraate, 17 ykn 112 bilbili.
sms-114 = Yoo dubbachuu hin dandeenye, 114tti SMS erguus ni dandeessa.
chat-you-are-writing-to = Poolisii ykn jandaarmariif barreessaa jirta.
chat-describe = Maal akka ta'aa jiruu fi eessa akka jirtu ibsi.
chat-cannot-talk = Dubbachuu hin danda'u
chat-send = Ergi
chat-share-location = Bakka ani jiru qoodi
location-consent = Bakki ati jirtu poolisii ykn jandaarmarii siif deebii kennaa jiru qofaaf ergama, akka gargaarsa ergan. Qooduu fi dhiisuu kan filattu siidha.
chat-queue-position =
    { $position ->
        [1] Tarree keessatti ati jalqaba irra jirta.
        [one] Lakkoofsi kee tarree keessatti: { $position }
       *[other] Lakkoofsi kee tarree keessatti: { $position }
    }
quick-exit = Dafii ba'i
quick-exit-explanation = Appii sana battalumatti cufee haasawa bilbila kana irraa haqa. Yoo neetworkiin jiraate, poolisii ykn jandaarmariif akka ati deemuu qabdu ni himama.
alert-armed-individual = Nama hidhate
alert-intrusion = Amma nami hayyama malee seene
alert-assault = Haleellaa
alert-refused-check = Namni tokko sakatta'amuu didaa jira
alert-fire = Ibidda, namoota baasuu
alert-domestic-violence = Amma jeequmsi maatii raawwatamaa jira
alert-followed = Namni tokko na hordofaa jira
report-received = Gabaasni kee nu gaheera. Lakkoofsa hordoffii: { $receipt }
minors-notice = Maqaa kee osoo hin himin barreessuu dandeessa. Garuu yoo lubbuun kee ykn kan nama biraa balaa keessa jiraate, poolisiin ykn jandaarmariin si eeguuf eenyu akka taate beekuuf yaaluu danda'u. Akkasumas 119 (ijoollee balaa keessa jiran) ykn 3018 (miidhaa interneetii) bilbiluu dandeessa. Kaffaltii hin qabu.
