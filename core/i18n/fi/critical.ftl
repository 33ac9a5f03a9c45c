# status: needs native review
# language: Finnish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kirjoita poliisille tai santarmistolle
call-17-112 = Jos pystyt puhumaan ja henki on vaarassa, soita 17 tai 112.
sms-114 = Jos et pysty puhumaan, voit myös lähettää tekstiviestin numeroon 114.
chat-you-are-writing-to = Kirjoitat poliisille tai santarmistolle.
chat-describe = Kerro, mitä tapahtuu ja missä olet.
chat-cannot-talk = En pysty puhumaan
chat-send = Lähetä
chat-share-location = Jaa sijaintini
location-consent = Sijaintisi menee vain sinulle vastaavalle poliisille tai santarmistolle, jotta he voivat lähettää apua. Sinä päätät, jaatko sen.
chat-queue-position =
    { $position ->
        [1] Olet jonossa ensimmäisenä.
        [one] Olet jonossa numero { $position }.
       *[other] Olet jonossa numero { $position }.
    }
quick-exit = Pikapoistuminen
quick-exit-explanation = Sulkee sovelluksen heti ja poistaa keskustelun tästä puhelimesta. Jos verkko toimii, poliisi tai santarmisto saa tiedon, että jouduit lähtemään.
alert-armed-individual = Aseistettu henkilö
alert-intrusion = Tunkeutuminen käynnissä
alert-assault = Pahoinpitely
alert-refused-check = Joku kieltäytyy tarkastuksesta
alert-fire = Tulipalo, evakuointi
alert-domestic-violence = Lähisuhdeväkivaltaa juuri nyt
alert-followed = Joku seuraa minua
report-received = Ilmoituksesi on vastaanotettu. Viitenumero: { $receipt }
minors-notice = Voit kirjoittaa kertomatta nimeäsi. Mutta jos sinun tai jonkun muun henki on vaarassa, poliisi tai santarmisto voi yrittää selvittää, kuka olet, suojellakseen sinua. Voit myös soittaa numeroon 119 (lapset vaarassa) tai 3018 (verkkohäirintä). Se on maksutonta.
