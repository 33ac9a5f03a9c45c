# status: needs native review
# language: Slovak
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Napísať polícii alebo žandárstvu
call-17-112 = Ak môžete hovoriť a je ohrozený život, volajte 17 alebo 112.
sms-114 = Ak nemôžete hovoriť, môžete poslať aj SMS na 114.
chat-you-are-writing-to = Píšete polícii alebo žandárstvu.
chat-describe = Opíšte, čo sa deje a kde ste.
chat-cannot-talk = Nemôžem hovoriť
chat-send = Odoslať
chat-share-location = Zdieľať moju polohu
location-consent = Vašu polohu dostane len polícia alebo žandárstvo, ktoré vám odpovedá, aby mohlo poslať pomoc. Sami sa rozhodnete, či ju zdieľate.
chat-queue-position =
    { $position ->
        [1] Na rade ste vy.
        [one] Vaše poradie v rade: { $position }.
        [few] Vaše poradie v rade: { $position }.
        [many] Vaše poradie v rade: { $position }.
       *[other] Vaše poradie v rade: { $position }.
    }
quick-exit = Rýchly odchod
quick-exit-explanation = Okamžite zatvorí aplikáciu a vymaže konverzáciu z tohto telefónu. Ak je dostupná sieť, polícia alebo žandárstvo dostane správu, že konverzácia sa náhle skončila.
alert-armed-individual = Ozbrojená osoba
alert-intrusion = Vniknutie do objektu práve teraz
alert-assault = Napadnutie
alert-refused-check = Niekto odmieta kontrolu
alert-fire = Požiar, evakuácia
alert-domestic-violence = Domáce násilie práve teraz
alert-followed = Niekto ma sleduje
report-received = Vaše oznámenie bolo prijaté. Číslo oznámenia: { $receipt }
minors-notice = Môžeš písať bez uvedenia svojho mena. Ale ak je ohrozený tvoj život alebo život niekoho iného, polícia alebo žandárstvo sa môže pokúsiť zistiť, kto si, aby ťa ochránilo. Môžeš tiež zavolať na 119 (ohrozené deti) alebo 3018 (obťažovanie na internete). Je to zadarmo.
