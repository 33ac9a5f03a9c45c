# status: needs native review
# language: Kurdish
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ji polîs an jandarmeriyê re binivîse
call-17-112 = Heke tu dikarî biaxivî û jiyanek di xetereyê de ye, li 17 an 112 bigere.
sms-114 = Heke tu nikarî biaxivî, tu dikarî SMS jî ji 114 re bişînî.
chat-you-are-writing-to = Tu ji polîs an jandarmeriyê re dinivîsî.
chat-describe = Binivîse ka çi diqewime û tu li ku yî.
chat-cannot-talk = Ez nikarim biaxivim
chat-send = Bişîne
chat-share-location = Cihê min parve bike
location-consent = Cihê te tenê ji polîs an jandarmeriya ku bersiva te dide re tê şandin, da ku ew alîkariyê bişînin. Tu bi xwe hildibijêrî ka tu wî parve dikî an na.
chat-queue-position =
    { $position ->
        [1] Tu di serê rêzê de yî.
        [one] Hejmara te di rêzê de: { $position }
       *[other] Hejmara te di rêzê de: { $position }
    }
quick-exit = Derketina bilez
quick-exit-explanation = Sepanê yekser digire û axaftinê ji vê telefonê jê dibe. Heke tor hebe, ji polîs an jandarmeriyê re tê gotin ku tu neçar mayî biçî.
alert-armed-individual = Kesekî çekdar
alert-intrusion = Niha ketina bê destûr
alert-assault = Êrîş
alert-refused-check = Kesek kontrolê red dike
alert-fire = Agir, valakirin
alert-domestic-violence = Niha tundiya malbatî
alert-followed = Kesek li pey min tê
report-received = Rapora te gihîşt. Hejmara şopandinê: { $receipt }
minors-notice = Tu dikarî bêyî ku navê xwe bibêjî binivîsî. Lê heke jiyana te an ya kesekî din di xetereyê de be, polîs an jandarmerî dikare hewl bide ku bizane tu kî yî, da ku te biparêze. Tu dikarî li 119 (zarokên di xetereyê de) an 3018 (tacîza li ser înternetê) jî bigerî. Belaş e.
