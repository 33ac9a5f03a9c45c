# status: needs native review
# language: Romanian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Scrie poliției sau jandarmeriei
call-17-112 = Dacă puteți vorbi și o viață este în pericol, sunați la 17 sau 112.
sms-114 = Dacă nu puteți vorbi, puteți trimite și un SMS la 114.
chat-you-are-writing-to = Scrieți poliției sau jandarmeriei.
chat-describe = Descrieți ce se întâmplă și unde sunteți.
chat-cannot-talk = Nu pot vorbi
chat-send = Trimite
chat-share-location = Trimite locația mea
location-consent = Locația dvs. ajunge doar la poliția sau jandarmeria care vă răspunde, ca să poată trimite ajutor. Dvs. alegeți dacă o trimiteți.
chat-queue-position =
    { $position ->
        [1] Urmează rândul dvs.
        [one] Sunteți pe locul { $position } în așteptare.
        [few] Sunteți pe locul { $position } în așteptare.
       *[other] Sunteți pe locul { $position } în așteptare.
    }
quick-exit = Ieșire rapidă
quick-exit-explanation = Închide imediat aplicația și șterge conversația de pe acest telefon. Dacă există rețea, poliția sau jandarmeria este anunțată că a trebuit să plecați.
alert-armed-individual = Persoană înarmată
alert-intrusion = Intruziune în desfășurare
alert-assault = Agresiune
alert-refused-check = O persoană refuză un control
alert-fire = Incendiu, evacuare
alert-domestic-violence = Violență domestică chiar acum
alert-followed = Cineva mă urmărește
report-received = Sesizarea dvs. a fost primită. Număr de referință: { $receipt }
minors-notice = Poți scrie fără să îți spui numele. Dar dacă viața ta sau a altcuiva este în pericol, poliția sau jandarmeria poate încerca să afle cine ești, ca să te protejeze. Poți suna și la 119 (copii în pericol) sau la 3018 (hărțuire online). Este gratuit.
