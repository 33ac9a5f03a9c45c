# status: needs native review
# language: Breton
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skrivañ d'ar polis pe d'ar jandarmeri
call-17-112 = Ma c'hallit komz ha ma'z eus ur vuhez en arvar, galvit an 17 pe an 112.
sms-114 = Ma ne c'hallit ket komz, e c'hallit ivez kas ur SMS d'an 114.
chat-you-are-writing-to = Skrivañ a rit d'ar polis pe d'ar jandarmeri.
chat-describe = Displegit ar pezh a c'hoarvez ha pelec'h emaoc'h.
chat-cannot-talk = N'hallan ket komz
chat-send = Kas
chat-share-location = Rannañ va lec'hiadur
location-consent = Ho lec'hiadur a vez kaset nemet d'ar polis pe d'ar jandarmeri a respont deoc'h, evit ma c'hallfent kas sikour. C'hwi a zibab e rannañ pe ne rit ket.
chat-queue-position =
    { $position ->
        [1] C'hwi eo an hini kentañ el lostennad.
        [one] Niverenn { $position } oc'h el lostennad.
        [two] Niverenn { $position } oc'h el lostennad.
        [few] Niverenn { $position } oc'h el lostennad.
        [many] Niverenn { $position } oc'h el lostennad.
       *[other] Niverenn { $position } oc'h el lostennad.
    }
quick-exit = Kuitaat buan
quick-exit-explanation = Serriñ a ra an arload diouzhtu ha diverkañ a ra ar gaoz diwar ar pellgomzer-mañ. Ma'z eus rouedad, e vo kelaouet ar polis pe ar jandarmeri e oa ret deoc'h mont kuit.
alert-armed-individual = Un den armet
alert-intrusion = Torr-ti bremañ
alert-assault = Argadenn
alert-refused-check = Unan bennak a nac'h ur c'hontrol
alert-fire = Tan, skarzhadeg
alert-domestic-violence = Feulster er familh bremañ
alert-followed = Unan bennak a zo war va lerc'h
report-received = Resevet eo bet ho tisklêriadur. Niverenn heuliañ: { $receipt }
minors-notice = Gallout a rez skrivañ hep reiñ da anv. Met ma'z eo da vuhez pe hini unan all en arvar, e c'hall ar polis pe ar jandarmeri klask gouzout piv out, evit da wareziñ. Gallout a rez ivez gervel an 119 (bugale en arvar) pe an 3018 (heskinerezh enlinenn). Digoust eo.
