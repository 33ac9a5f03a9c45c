# status: needs native review
# language: Hungarian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Írjon a rendőrségnek vagy a csendőrségnek
call-17-112 = Ha tud beszélni, és egy élet veszélyben van, hívja a 17-et vagy a 112-t.
sms-114 = Ha nem tud beszélni, SMS-t is küldhet a 114-re.
chat-you-are-writing-to = A rendőrségnek vagy a csendőrségnek ír.
chat-describe = Írja le, mi történik és hol van.
chat-cannot-talk = Nem tudok beszélni
chat-send = Küldés
chat-share-location = Helyzetem megosztása
location-consent = A helyzete csak a válaszoló rendőrséghez vagy csendőrséghez jut el, hogy segítséget küldhessenek. Ön dönti el, megosztja-e.
chat-queue-position =
    { $position ->
        [1] Ön következik.
        [one] Az Ön helye a sorban: { $position }.
       *[other] Az Ön helye a sorban: { $position }.
    }
quick-exit = Gyors kilépés
quick-exit-explanation = Azonnal bezárja az alkalmazást, és törli a beszélgetést erről a telefonról. Ha van hálózat, a rendőrség vagy a csendőrség értesül arról, hogy el kellett mennie.
alert-armed-individual = Fegyveres személy
alert-intrusion = Behatolás folyamatban
alert-assault = Támadás
alert-refused-check = Valaki megtagadja az ellenőrzést
alert-fire = Tűz, kiürítés
alert-domestic-violence = Családon belüli erőszak most
alert-followed = Valaki követ engem
report-received = Bejelentését megkaptuk. Hivatkozási szám: { $receipt }
minors-notice = Írhatsz úgy is, hogy nem adod meg a neved. De ha a te életed vagy valaki másé veszélyben van, a rendőrség vagy a csendőrség megpróbálhatja kideríteni, ki vagy, hogy megvédjen. Hívhatod a 119-et (veszélyben lévő gyerekek) vagy a 3018-at (online zaklatás) is. Ingyenes.
