# status: needs native review
# language: Croatian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Pišite policiji ili žandarmeriji
call-17-112 = Ako možete govoriti i nečiji je život u opasnosti, nazovite 17 ili 112.
sms-114 = Ako ne možete govoriti, možete poslati i SMS na 114.
chat-you-are-writing-to = Pišete policiji ili žandarmeriji.
chat-describe = Opišite što se događa i gdje ste.
chat-cannot-talk = Ne mogu govoriti
chat-send = Pošalji
chat-share-location = Podijeli moju lokaciju
location-consent = Vaša lokacija ide samo policiji ili žandarmeriji koja vam odgovara, kako bi mogla poslati pomoć. Vi birate hoćete li je podijeliti.
chat-queue-position =
    { $position ->
        [1] Na redu ste.
        [one] Vaše mjesto u redu: { $position }.
        [few] Vaše mjesto u redu: { $position }.
       *[other] Vaše mjesto u redu: { $position }.
    }
quick-exit = Brzi izlaz
quick-exit-explanation = Odmah zatvara aplikaciju i briše razgovor s ovog telefona. Ako ima mreže, policija ili žandarmerija dobiva obavijest da je razgovor naglo prekinut.
alert-armed-individual = Naoružana osoba
alert-intrusion = Provala u tijeku
alert-assault = Napad
alert-refused-check = Osoba odbija kontrolu
alert-fire = Požar, evakuacija
alert-domestic-violence = Nasilje u obitelji upravo sada
alert-followed = Netko me prati
report-received = Vaša prijava je zaprimljena. Broj prijave: { $receipt }
minors-notice = Možeš pisati bez svog imena. Ali ako je tvoj život ili život nekog drugog u opasnosti, policija ili žandarmerija može pokušati saznati tko si, kako bi te zaštitila. Možeš nazvati i 119 (djeca u opasnosti) ili 3018 (uznemiravanje na internetu). Poziv je besplatan.
