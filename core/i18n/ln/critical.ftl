# status: needs native review
# language: Lingala
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Komela bapolisi to bazandarme
call-17-112 = Soki okoki koloba mpe bomoi ya moto ezali na likama, benga 17 to 112.
sms-114 = Soki okoki koloba te, okoki mpe kotinda SMS na 114.
chat-you-are-writing-to = Ozali kokomela bapolisi to bazandarme.
chat-describe = Lobá nini ezali kosalema mpe ozali wapi.
chat-cannot-talk = Nakoki koloba te
chat-send = Tinda
chat-share-location = Kabola esika na ngai
location-consent = Esika na yo etindamaka kaka na bapolisi to bazandarme oyo bazali koyanola yo, mpo bákoka kotinda lisalisi. Yo moko nde oponaka soki okabola yango.
chat-queue-position =
    { $position ->
        [1] Ozali ya liboso na molongo.
        [one] Motango na yo na molongo: { $position }
       *[other] Motango na yo na molongo: { $position }
    }
quick-exit = Kobima noki
quick-exit-explanation = Ekangaka application mbala moko mpe elongolaka lisolo na telefone oyo. Soki rezo ezali, bapolisi to bazandarme bakoyeba ete osengelaki kokende.
alert-armed-individual = Moto azali na mundoki
alert-intrusion = Moto akoti na makasi sikoyo
alert-assault = Babeti moto
alert-refused-check = Moto aboyi ete bátala ye
alert-fire = Mɔ́tɔ, kobima na esika
alert-domestic-violence = Mobulu na kati ya libota sikoyo
alert-followed = Moto moko azali kolanda ngai
report-received = Bazwi likambo na yo. Motango ya kolanda: { $receipt }
minors-notice = Okoki kokoma kozanga koloba kombo na yo. Kasi soki bomoi na yo to ya moto mosusu ezali na likama, bapolisi to bazandarme bakoki koluka koyeba yo ozali nani, mpo na kobatela yo. Okoki mpe kobenga 119 (bana na likama) to 3018 (kotungisama na internet). Ezali ofele.
