# status: needs native review
# language: Ganda
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Wandiikira poliisi oba gendarmerie
call-17-112 = Bw'oba osobola okwogera era obulamu buli mu kabi, kuba 17 oba 112.
sms-114 = Bw'oba tosobola kwogera, osobola n'okuweereza SMS ku 114.
chat-you-are-writing-to = Owandiikira poliisi oba gendarmerie.
chat-describe = Nnyonnyola ekigenda mu maaso n'gy'oli.
chat-cannot-talk = Sisobola kwogera
chat-send = Weereza
chat-share-location = Gabana ekifo kyange
location-consent = Ekifo kyo kiweerezebwa eri poliisi oba gendarmerie ekuddamu yokka, basobole okusindika obuyambi. Ggwe osalawo oba onookigabana.
chat-queue-position =
    { $position ->
        [1] Ggwe osooka mu lunyiriri.
        [one] Ennamba yo mu lunyiriri: { $position }
       *[other] Ennamba yo mu lunyiriri: { $position }
    }
quick-exit = Fuluma mangu
quick-exit-explanation = Eggalawo app amangu ddala era n'esangula emboozi ku ssimu eno. Bwe wabaawo netiweeki, poliisi oba gendarmerie bategeezebwa nti wabadde olina okugenda.
alert-armed-individual = Omuntu alina eky'okulwanyisa
alert-intrusion = Omuntu ayingidde awatali lukusa kati
alert-assault = Okulumbibwa
alert-refused-check = Omuntu agaana okukeberebwa
alert-fire = Omuliro, okufulumya abantu
alert-domestic-violence = Obutabanguko mu maka kati
alert-followed = Waliwo omuntu angoberera
report-received = Alipoota yo efunise. Ennamba y'okugoberera: { $receipt }
minors-notice = Osobola okuwandiika nga toyogedde linnya lyo. Naye obulamu bwo oba bw'omuntu omulala bwe buba mu kabi, poliisi oba gendarmerie eyinza okugezaako okumanya ggwe ani, okukukuuma. Osobola n'okukuba 119 (abaana abali mu kabi) oba 3018 (okutulugunyizibwa ku yintaneeti). Bwereere.
