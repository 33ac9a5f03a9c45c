# status: needs native review
# language: Samoan
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Tusi i leoleo
call-17-112 = Afai e te mafai ona tautala ma o lo'o lamatia se ola, vala'au le 17 po'o le 112.
sms-114 = Afai e te le mafai ona tautala, e mafai fo'i ona e auina se SMS i le 114.
chat-you-are-writing-to = O lo'o e tusi i leoleo.
chat-describe = Fa'amatala le mea o lo'o tupu ma le mea o e i ai.
chat-cannot-talk = Ou te le mafai ona tautala
chat-send = Auina atu
chat-share-location = Fa'asoa lo'u nofoaga
location-consent = E na'o leoleo o lo'o tali atu ia te oe e auina atu i ai lou nofoaga, ina ia mafai ona latou auina mai se fesoasoani. O oe e filifili pe e te fa'asoaina.
chat-queue-position =
    { $position ->
        [1] O oe le muamua i le laina.
       *[other] Lou numera i le laina: { $position }
    }
quick-exit = Alu ese vave
quick-exit-explanation = E tapuni loa le app ma tape le talanoaga mai lenei telefoni. Afai o lo'o i ai se feso'otaiga, o le a ta'u atu i leoleo sa tatau ona e alu.
alert-armed-individual = Se tagata o lo'o uuina se auupega
alert-intrusion = Ua ulufale mai se tasi e aunoa ma se fa'atagaga nei
alert-assault = Osofa'iga
alert-refused-check = O lo'o musu se tasi e su'esu'e
alert-fire = Afi, aveese tagata
alert-domestic-violence = Sauaga i totonu o le aiga i le taimi nei
alert-followed = O lo'o mulimuli mai se tasi ia te a'u
report-received = Ua maua lau lipoti. Numera fa'asino: { $receipt }
minors-notice = E mafai ona e tusi e aunoa ma le ta'uina o lou igoa. Ae afai o lo'o lamatia lou ola po'o le ola o se isi, e ono taumafai leoleo e iloa po'o ai oe, ina ia puipuia oe. E mafai fo'i ona e vala'au le 119 (tamaiti o lo'o lamatia) po'o le 3018 (fa'alavelave i luga o le initaneti). E leai se totogi.
