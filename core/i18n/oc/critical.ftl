# status: needs native review
# language: Occitan
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escriure a la polícia o a la gendarmariá
call-17-112 = Se podètz parlar e qu'una vida es en perilh, sonatz lo 17 o lo 112.
sms-114 = Se podètz pas parlar, podètz tanben mandar un SMS al 114.
chat-you-are-writing-to = Escrivètz a la polícia o a la gendarmariá.
chat-describe = Descrivètz çò que se passa e ont sètz.
chat-cannot-talk = Pòdi pas parlar
chat-send = Mandar
chat-share-location = Partejar ma posicion
location-consent = Vòstra posicion es mandada sonque a la polícia o a la gendarmariá que vos respond, per vos poder mandar d'ajuda. Sètz vos que causissètz de la partejar.
chat-queue-position =
    { $position ->
        [1] Sètz en tèsta de la fila d'espèra.
       *[other] Sètz lo numèro { $position } dins la fila d'espèra.
    }
quick-exit = Sortida rapida
quick-exit-explanation = Tanca l'aplicacion sul pic e escafa la conversacion d'aqueste telefòn. Se lo ret o permet, la polícia o la gendarmariá es avisada que vos calguèt partir.
alert-armed-individual = Persona armada
alert-intrusion = Intrusion en cors
alert-assault = Agression
alert-refused-check = Una persona refusa un contraròtle
alert-fire = Incendi, evacuacion
alert-domestic-violence = Violéncias conjugalas en cors
alert-followed = Qualqu'un me seguís
report-received = Vòstre senhalament es ben estat recebut. Numèro de seguiment: { $receipt }
minors-notice = Pòdes escriure sens balhar ton nom. Mas se ta vida o la de qualqu'un es en perilh, la polícia o la gendarmariá pòt cercar a saber qual siás, per te protegir. Pòdes tanben sonar lo 119 (enfança en perilh) o lo 3018 (arcelament en linha). Es gratuit.
