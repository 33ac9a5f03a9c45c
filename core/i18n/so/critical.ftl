# status: needs native review
# language: Somali
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = U qor booliska ama jandarmeriga
call-17-112 = Haddii aad hadli karto oo naf khatar ku jirto, wac 17 ama 112.
sms-114 = Haddii aadan hadli karin, waxaad sidoo kale SMS u diri kartaa 114.
chat-you-are-writing-to = Waxaad u qoraysaa booliska ama jandarmeriga.
chat-describe = Sharax waxa dhacaya iyo halka aad joogto.
chat-cannot-talk = Ma hadli karo
chat-send = Dir
chat-share-location = La wadaag goobtayda
location-consent = Goobtaada waxaa loo diraa oo keliya booliska ama jandarmeriga kuu jawaabaya, si ay u soo diraan caawimo. Adiga ayaa dooranaya inaad la wadaagto iyo in kale.
chat-queue-position =
    { $position ->
        [1] Adiga ayaa ugu horreeya safka.
        [one] Lambarkaaga safka: { $position }
       *[other] Lambarkaaga safka: { $position }
    }
quick-exit = Si degdeg ah uga bax
quick-exit-explanation = Wuxuu isla markiiba xiraa app-ka wuxuuna ka tirtiraa wadahadalka taleefankan. Haddii shabakad jirto, booliska ama jandarmeriga waa loo sheegayaa inaad ku qasbanayd inaad baxdo.
alert-armed-individual = Qof hubeysan
alert-intrusion = Qof ayaa hadda si sharci darro ah u soo galay
alert-assault = Weerar
alert-refused-check = Qof ayaa diidaya in la baaro
alert-fire = Dab, dadka laga saarayo
alert-domestic-violence = Rabshad qoys ayaa hadda dhacaysa
alert-followed = Qof ayaa i daba socda
report-received = Warbixintaada waa la helay. Lambarka tixraaca: { $receipt }
minors-notice = Waad qori kartaa adigoon magacaaga sheegin. Laakiin haddii noloshaada ama nolosha qof kale ay khatar ku jirto, booliska ama jandarmeriga waxay isku dayi karaan inay ogaadaan cidda aad tahay, si ay kuu ilaaliyaan. Waxaad sidoo kale wici kartaa 119 (carruur khatar ku jira) ama 3018 (dhibaataynta internetka). Waa bilaash.
