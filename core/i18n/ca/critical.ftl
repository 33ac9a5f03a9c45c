# status: needs native review
# language: Catalan
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escriure a la policia o a la gendarmeria
call-17-112 = Si podeu parlar i una vida és en perill, truqueu al 17 o al 112.
sms-114 = Si no podeu parlar, també podeu enviar un SMS al 114.
chat-you-are-writing-to = Esteu escrivint a la policia o a la gendarmeria.
chat-describe = Descriviu què passa i on sou.
chat-cannot-talk = No puc parlar
chat-send = Envia
chat-share-location = Comparteix la meva ubicació
location-consent = La vostra ubicació només s'envia a la policia o a la gendarmeria que us respon, perquè us puguin enviar ajuda. Sou vós qui decidiu si la compartiu.
chat-queue-position =
    { $position ->
        [1] Sou al capdavant de la cua.
        [one] Sou el número { $position } de la cua.
        [many] Sou el número { $position } de la cua.
       *[other] Sou el número { $position } de la cua.
    }
quick-exit = Sortida ràpida
quick-exit-explanation = Tanca l'aplicació de seguida i esborra la conversa d'aquest telèfon. Si hi ha xarxa, la policia o la gendarmeria rep un avís que heu hagut de marxar.
alert-armed-individual = Persona armada
alert-intrusion = Intrusió en curs
alert-assault = Agressió
alert-refused-check = Una persona es nega a un control
alert-fire = Incendi, evacuació
alert-domestic-violence = Violència domèstica ara mateix
alert-followed = Algú em segueix
report-received = Hem rebut el vostre avís. Número de seguiment: { $receipt }
minors-notice = Pots escriure sense dir el teu nom. Però si la teva vida o la d'una altra persona és en perill, la policia o la gendarmeria pot intentar saber qui ets, per protegir-te. També pots trucar al 119 (infants en perill) o al 3018 (assetjament a internet). És gratuït.
