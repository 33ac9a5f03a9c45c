# status: needs native review
# language: Sindhi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = پوليس يا جينڊرميري کي لکو
call-17-112 = جيڪڏهن توهان ڳالهائي سگهو ٿا ۽ ڪنهن جي زندگي خطري ۾ آهي، 17 يا 112 تي ڪال ڪريو.
sms-114 = جيڪڏهن توهان ڳالهائي نٿا سگهو، ته 114 تي SMS به موڪلي سگهو ٿا.
chat-you-are-writing-to = توهان پوليس يا جينڊرميري کي لکي رهيا آهيو.
chat-describe = ٻڌايو ته ڇا ٿي رهيو آهي ۽ توهان ڪٿي آهيو.
chat-cannot-talk = مون لاءِ ڳالهائڻ ممڪن ناهي
chat-send = موڪليو
chat-share-location = منهنجي جاءِ شيئر ڪريو
location-consent = توهان جي جاءِ رڳو ان پوليس يا جينڊرميري ڏانهن وڃي ٿي جيڪا توهان کي جواب ڏئي رهي آهي، ته جيئن اهي مدد موڪلي سگهن. شيئر ڪرڻ يا نه ڪرڻ توهان جو فيصلو آهي.
chat-queue-position =
    { $position ->
        [1] توهان قطار ۾ پهريان آهيو.
        [one] قطار ۾ توهان جو نمبر: { $position }
       *[other] قطار ۾ توهان جو نمبر: { $position }
    }
quick-exit = جلدي ٻاهر نڪرو
quick-exit-explanation = ايپ فوري طور بند ڪري ٿي ۽ هن فون تان ڳالهه ٻولهه ميٽي ٿي. جيڪڏهن نيٽ ورڪ هجي، ته پوليس يا جينڊرميري کي ٻڌايو وڃي ٿو ته توهان کي وڃڻو پيو.
alert-armed-individual = هٿياربند ماڻهو
alert-intrusion = هن وقت غير قانوني داخلا
alert-assault = حملو
alert-refused-check = هڪ ماڻهو چڪاس کان انڪار ڪري رهيو آهي
alert-fire = باهه، خالي ڪرڻ
alert-domestic-violence = هن وقت گهريلو تشدد
alert-followed = ڪو منهنجو پيڇو ڪري رهيو آهي
report-received = توهان جي رپورٽ ملي وئي آهي. حوالو نمبر: { $receipt }
minors-notice = تون پنهنجو نالو ٻڌائڻ کان سواءِ لکي سگهين ٿو. پر جيڪڏهن تنهنجي يا ڪنهن ٻئي جي زندگي خطري ۾ هجي، ته پوليس يا جينڊرميري توکي بچائڻ لاءِ اهو ڄاڻڻ جي ڪوشش ڪري سگهي ٿي ته تون ڪير آهين. تون 119 (خطري ۾ ٻار) يا 3018 (آن لائن هراسمينٽ) تي به ڪال ڪري سگهين ٿو. اهو مفت آهي.
