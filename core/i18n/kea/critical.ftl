# status: needs native review
# language: Kabuverdianu
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skrebe pa pulísia o pa jandarmaria
call-17-112 = Si bu pode papia y un vida sta na pirigu, txoma 17 o 112.
sms-114 = Si bu ka pode papia, bu pode tanbe manda un SMS pa 114.
chat-you-are-writing-to = Bu sta ta skrebe pa pulísia o pa jandarmaria.
chat-describe = Kónta kuzê ki sta kontise y undi ki bu sta.
chat-cannot-talk = N ka ta pode papia
chat-send = Manda
chat-share-location = Partilha nha lokalizason
location-consent = Bu lokalizason ta bai só pa pulísia o jandarmaria ki sta ta responde-bu, pa es pode manda djuda. É bo ki ta skodje si bu ta partilha-l.
chat-queue-position =
    { $position ->
        [1] Bu é purmeru na fila.
       *[other] Bu númeru na fila: { $position }
    }
quick-exit = Sai faxi
quick-exit-explanation = Ta fitxa aplikason lógu y ta paga konversa di es telemóvel. Si ten redi, pulísia o jandarmaria ta fika ta sabe ma bu tevi ki bai.
alert-armed-individual = Algen ku arma
alert-intrusion = Algen entra sen lisensa gosi
alert-assault = Agreson
alert-refused-check = Algen ta nega un kontrolu
alert-fire = Fogu, evakuason
alert-domestic-violence = Violénsia doméstika gosi
alert-followed = Algen sta ta sigi-m
report-received = Nu resebe bu kumunikason. Númeru di sigimentu: { $receipt }
minors-notice = Bu pode skrebe sen fla bu nómi. Má si bu vida o vida di otu algen sta na pirigu, pulísia o jandarmaria pode tenta sabe kenha ki bu é, pa proteje-bu. Bu pode tanbe txoma 119 (kriansa na pirigu) o 3018 (asédiu na internet). É di grasa.
