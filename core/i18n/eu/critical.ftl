# status: needs native review
# language: Basque
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Idatzi poliziari edo jendarmeriari
call-17-112 = Hitz egin badezakezu eta bizitza bat arriskuan badago, deitu 17ra edo 112ra.
sms-114 = Ezin baduzu hitz egin, SMS bat ere bidal dezakezu 114ra.
chat-you-are-writing-to = Poliziari edo jendarmeriari idazten ari zara.
chat-describe = Azaldu zer gertatzen den eta non zauden.
chat-cannot-talk = Ezin dut hitz egin
chat-send = Bidali
chat-share-location = Partekatu nire kokapena
location-consent = Zure kokapena erantzuten dizun poliziari edo jendarmeriari bakarrik bidaltzen zaio, laguntza bidal dezaten. Zuk erabakitzen duzu partekatu ala ez.
chat-queue-position =
    { $position ->
        [1] Ilarako lehena zara.
        [one] Zure lekua ilaran: { $position }.
       *[other] Zure lekua ilaran: { $position }.
    }
quick-exit = Irteera azkarra
quick-exit-explanation = Aplikazioa berehala ixten du eta elkarrizketa telefono honetatik ezabatzen du. Sarea badago, poliziari edo jendarmeriari jakinaraziko zaio joan behar izan duzula.
alert-armed-individual = Pertsona armatua
alert-intrusion = Intrusioa abian
alert-assault = Erasoa
alert-refused-check = Norbaitek kontrol bati uko egiten dio
alert-fire = Sutea, ebakuazioa
alert-domestic-violence = Etxeko indarkeria une honetan
alert-followed = Norbait jarraitzen ari zait
report-received = Zure jakinarazpena jaso dugu. Jarraipen-zenbakia: { $receipt }
minors-notice = Zure izena eman gabe idatz dezakezu. Baina zure bizitza edo beste norbaitena arriskuan badago, poliziak edo jendarmeriak zu nor zaren jakiten saia daiteke, zu babesteko. 119ra (arriskuan dauden haurrak) edo 3018ra (sareko jazarpena) ere dei dezakezu. Doakoa da.
