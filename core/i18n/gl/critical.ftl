# status: needs native review
# language: Galician
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escribir á policía ou á xendarmería
call-17-112 = Se pode falar e unha vida está en perigo, chame ao 17 ou ao 112.
sms-114 = Se non pode falar, tamén pode enviar un SMS ao 114.
chat-you-are-writing-to = Está a escribir á policía ou á xendarmería.
chat-describe = Describa o que está a pasar e onde está.
chat-cannot-talk = Non podo falar
chat-send = Enviar
chat-share-location = Compartir a miña localización
location-consent = A súa localización só vai á policía ou á xendarmería que lle responde, para poder enviarlle axuda. Vostede decide se a comparte.
chat-queue-position =
    { $position ->
        [1] Está no primeiro posto da cola.
        [one] Está no posto { $position } da cola.
       *[other] Está no posto { $position } da cola.
    }
quick-exit = Saída rápida
quick-exit-explanation = Pecha a aplicación ao momento e borra a conversa deste teléfono. Se hai rede, a policía ou a xendarmería recibe un aviso de que tivo que marchar.
alert-armed-individual = Persoa armada
alert-intrusion = Intrusión en curso
alert-assault = Agresión
alert-refused-check = Unha persoa négase a un control
alert-fire = Incendio, evacuación
alert-domestic-violence = Violencia doméstica agora mesmo
alert-followed = Alguén me está a seguir
report-received = Recibimos o seu aviso. Número de seguimento: { $receipt }
minors-notice = Podes escribir sen dar o teu nome. Pero se a túa vida ou a doutra persoa está en perigo, a policía ou a xendarmería pode tentar saber quen es, para protexerte. Tamén podes chamar ao 119 (menores en perigo) ou ao 3018 (acoso en internet). É gratuíto.
