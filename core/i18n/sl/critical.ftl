# status: needs native review
# language: Slovenian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Piši policiji ali žandarmeriji
call-17-112 = Če lahko govorite in je ogroženo življenje, pokličite 17 ali 112.
sms-114 = Če ne morete govoriti, lahko pošljete tudi SMS na 114.
chat-you-are-writing-to = Pišete policiji ali žandarmeriji.
chat-describe = Opišite, kaj se dogaja in kje ste.
chat-cannot-talk = Ne morem govoriti
chat-send = Pošlji
chat-share-location = Deli mojo lokacijo
location-consent = Vašo lokacijo dobi samo policija ali žandarmerija, ki vam odgovarja, da lahko pošlje pomoč. Sami se odločite, ali jo delite.
chat-queue-position =
    { $position ->
        [1] Ste na začetku vrste.
        [one] Vaše mesto v vrsti: { $position }.
        [two] Vaše mesto v vrsti: { $position }.
        [few] Vaše mesto v vrsti: { $position }.
       *[other] Vaše mesto v vrsti: { $position }.
    }
quick-exit = Hiter izhod
quick-exit-explanation = Takoj zapre aplikacijo in izbriše pogovor s tega telefona. Če je omrežje na voljo, policija ali žandarmerija dobi sporočilo, da se je pogovor nenadoma končal.
alert-armed-individual = Oborožena oseba
alert-intrusion = Vdor v objekt pravkar
alert-assault = Napad
alert-refused-check = Nekdo zavrača kontrolo
alert-fire = Požar, evakuacija
alert-domestic-violence = Nasilje v družini prav zdaj
alert-followed = Nekdo mi sledi
report-received = Vaša prijava je bila prejeta. Številka prijave: { $receipt }
minors-notice = Lahko pišeš brez svojega imena. A če je ogroženo tvoje življenje ali življenje koga drugega, lahko policija ali žandarmerija poskuša izvedeti, kdo si, da te zaščiti. Pokličeš lahko tudi 119 (otroci v nevarnosti) ali 3018 (nadlegovanje na spletu). Klic je brezplačen.
