# status: needs native review
# language: Yoruba
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kọ̀wé sí ọlọ́pàá tàbí jàndá
call-17-112 = Tí ẹ bá lè sọ̀rọ̀ tí ẹ̀mí kan sì wà nínú ewu, ẹ pe 17 tàbí 112.
sms-114 = Tí ẹ kò bá lè sọ̀rọ̀, ẹ tún lè fi SMS ránṣẹ́ sí 114.
chat-you-are-writing-to = Ẹ ń kọ̀wé sí ọlọ́pàá tàbí jàndá.
chat-describe = Ṣàlàyé ohun tó ń ṣẹlẹ̀ àti ibi tí ẹ wà.
chat-cannot-talk = Mi ò lè sọ̀rọ̀
chat-send = Fi ránṣẹ́
chat-share-location = Pín ibi tí mo wà
location-consent = Ọlọ́pàá tàbí jàndá tó ń dá yín lóhùn nìkan ni a ó fi ibi tí ẹ wà ránṣẹ́ sí, kí wọ́n lè rán ìrànlọ́wọ́. Ẹ̀yin lẹ máa yàn bóyá ẹ ó pín in.
chat-queue-position =
    { $position ->
        [1] Ẹ̀yin ni ẹni àkọ́kọ́ nínú ìlà.
       *[other] Nọ́mbà yín nínú ìlà: { $position }
    }
quick-exit = Jáde kíákíá
quick-exit-explanation = Ó máa pa áàpù náà lẹ́sẹ̀kẹsẹ̀, ó sì máa pa ìjíròrò rẹ́ kúrò lórí fóònù yìí. Tí nẹ́tíwọ̀ọ̀kì bá wà, a ó sọ fún ọlọ́pàá tàbí jàndá pé ẹ ní láti lọ.
alert-armed-individual = Ẹni tó ní ohun ìjà
alert-intrusion = Ẹnìkan wọlé láìgbàṣẹ báyìí
alert-assault = Ìkọlù
alert-refused-check = Ẹnìkan kọ̀ láti jẹ́ kí a yẹ òun wò
alert-fire = Iná, kíkó àwọn ènìyàn jáde
alert-domestic-violence = Ìwà ipá nínú ilé ń ṣẹlẹ̀ báyìí
alert-followed = Ẹnìkan ń tẹ̀lé mi
report-received = A ti gba ìròyìn yín. Nọ́mbà ìtọ́kasí: { $receipt }
minors-notice = O lè kọ̀wé láì sọ orúkọ rẹ. Ṣùgbọ́n tí ẹ̀mí rẹ tàbí ti ẹlòmíì bá wà nínú ewu, ọlọ́pàá tàbí jàndá lè gbìyànjú láti mọ ẹni tí o jẹ́, láti dáàbò bò ọ́. O tún lè pe 119 (àwọn ọmọdé nínú ewu) tàbí 3018 (ìyọlẹ́nu lórí ẹ̀rọ ayélujára). Ọ̀fẹ́ ni.
