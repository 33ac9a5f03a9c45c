# status: needs native review
# language: Bosnian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Pišite policiji ili žandarmeriji
call-17-112 = Ako možete govoriti i nečiji život je u opasnosti, pozovite 17 ili 112.
sms-114 = Ako ne možete govoriti, možete poslati i SMS na 114.
chat-you-are-writing-to = Pišete policiji ili žandarmeriji.
chat-describe = Opišite šta se dešava i gdje ste.
chat-cannot-talk = Ne mogu govoriti
chat-send = Pošalji
chat-share-location = Podijeli moju lokaciju
location-consent = Vaša lokacija ide samo policiji ili žandarmeriji koja vam odgovara, da bi mogla poslati pomoć. Vi birate hoćete li je podijeliti.
chat-queue-position =
    { $position ->
        [1] Na redu ste.
        [one] Vaše mjesto u redu: { $position }.
        [few] Vaše mjesto u redu: { $position }.
       *[other] Vaše mjesto u redu: { $position }.
    }
quick-exit = Brzi izlaz
quick-exit-explanation = Odmah zatvara aplikaciju i briše razgovor s ovog telefona. Ako ima mreže, policija ili žandarmerija dobija obavijest da je razgovor naglo prekinut.
alert-armed-individual = Naoružana osoba
alert-intrusion = Upad u toku
alert-assault = Napad
alert-refused-check = Osoba odbija kontrolu
alert-fire = Požar, evakuacija
alert-domestic-violence = Nasilje u porodici upravo sada
alert-followed = Neko me prati
report-received = Vaša prijava je primljena. Broj prijave: { $receipt }
minors-notice = Možeš pisati bez svog imena. Ali ako je tvoj život ili život nekog drugog u opasnosti, policija ili žandarmerija može pokušati saznati ko si, da bi te zaštitila. Možeš pozvati i 119 (djeca u opasnosti) ili 3018 (uznemiravanje na internetu). Poziv je besplatan.
