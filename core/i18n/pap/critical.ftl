# status: needs native review
# language: Papiamento
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skibi polis òf gendarmeria
call-17-112 = Si bo por papia i un bida ta na peliger, yama 17 òf 112.
sms-114 = Si bo no por papia, bo por manda un SMS tambe na 114.
chat-you-are-writing-to = Bo ta skibiendo polis òf gendarmeria.
chat-describe = Bisa kiko ta pasando i unda bo ta.
chat-cannot-talk = Mi no por papia
chat-send = Manda
chat-share-location = Kompartí mi lokalisashon
location-consent = Bo lokalisashon ta bai solamente na e polis òf gendarmeria ku ta kontestá bo, pa nan por manda yudansa. Ta bo ta skohe si bo ta kompartié.
chat-queue-position =
    { $position ->
        [1] Bo ta promé den fila.
        [one] Bo number den fila: { $position }
       *[other] Bo number den fila: { $position }
    }
quick-exit = Sali lihé
quick-exit-explanation = E ta sera e aplikashon mesora i ta kita e kòmbersashon for di e telefòn aki. Si tin red, polis òf gendarmeria ta haña sa ku bo mester a bai.
alert-armed-individual = Un persona ku arma
alert-intrusion = Un hende a drenta sin permiso awor
alert-assault = Ataké
alert-refused-check = Un persona ta nenga un kontrol
alert-fire = Kandela, evakuashon
alert-domestic-violence = Violensia doméstiko awor mes
alert-followed = Un hende ta sigui mi
report-received = Nos a risibí bo informe. Number di referensia: { $receipt }
minors-notice = Bo por skibi sin duna bo nòmber. Pero si bo bida òf bida di un otro persona ta na peliger, polis òf gendarmeria por purba sa ken bo ta, pa protehá bo. Bo por yama 119 (mucha na peliger) òf 3018 (hostigamentu riba internet) tambe. E ta grátis.
