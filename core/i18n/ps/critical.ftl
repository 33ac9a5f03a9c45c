# status: needs native review
# language: Pashto
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = پولیسو یا ژاندارمرۍ ته ولیکئ
call-17-112 = که تاسو خبرې کولی شئ او د چا ژوند په خطر کې وي، 17 یا 112 ته زنګ ووهئ.
sms-114 = که تاسو خبرې نشئ کولی، 114 ته SMS هم لېږلی شئ.
chat-you-are-writing-to = تاسو پولیسو یا ژاندارمرۍ ته لیکئ.
chat-describe = ووایاست چې څه پېښېږي او تاسو چېرته یاست.
chat-cannot-talk = زه خبرې نشم کولی
chat-send = ولېږئ
chat-share-location = زما ځای شریک کړئ
location-consent = ستاسو ځای یوازې هغه پولیسو یا ژاندارمرۍ ته ځي چې تاسو ته ځواب درکوي، ترڅو مرسته ولېږي. تاسو پرېکړه کوئ چې شریک یې کړئ که نه.
chat-queue-position =
    { $position ->
        [1] تاسو په کتار کې لومړي یاست.
        [one] په کتار کې ستاسو نمبر: { $position }
       *[other] په کتار کې ستاسو نمبر: { $position }
    }
quick-exit = ژر وتل
quick-exit-explanation = اپ سمدلاسه بندوي او خبرې اترې له دې ټیلیفون څخه پاکوي. که شبکه وي، پولیسو یا ژاندارمرۍ ته خبر ورکول کېږي چې تاسو باید تللي وای.
alert-armed-individual = وسله وال کس
alert-intrusion = همدا اوس غیرقانوني ننوتل
alert-assault = برید
alert-refused-check = یو کس له تلاشۍ انکار کوي
alert-fire = اور، تخلیه
alert-domestic-violence = همدا اوس کورنی تاوتریخوالی
alert-followed = یو څوک زما تعقیب کوي
report-received = ستاسو راپور ترلاسه شو. د تعقیب شمېره: { $receipt }
minors-notice = ته کولی شې پرته له دې چې خپل نوم ووایې ولیکې. خو که ستا یا د بل چا ژوند په خطر کې وي، پولیس یا ژاندارمري ښايي هڅه وکړي چې پوه شي ته څوک یې، ترڅو تا وساتي. ته کولی شې 119 (ماشومان په خطر کې) یا 3018 (آنلاین ځورونه) ته هم زنګ ووهې. وړیا دی.
