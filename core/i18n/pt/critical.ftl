# status: needs native review
# language: Portuguese
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escrever à polícia ou à gendarmaria
call-17-112 = Se puder falar e uma vida estiver em perigo, ligue 17 ou 112.
sms-114 = Se não puder falar, também pode enviar um SMS para o 114.
chat-you-are-writing-to = Está a escrever à polícia ou à gendarmaria.
chat-describe = Descreva o que está a acontecer e onde está.
chat-cannot-talk = Não posso falar
chat-send = Enviar
chat-share-location = Partilhar a minha localização
location-consent = A sua localização vai apenas para a polícia ou a gendarmaria que lhe responde, para poderem enviar ajuda. É você quem decide se a partilha.
chat-queue-position =
    { $position ->
        [1] Está em primeiro lugar na fila.
        [one] Está na posição { $position } da fila.
        [many] Está na posição { $position } da fila.
       *[other] Está na posição { $position } da fila.
    }
quick-exit = Saída rápida
quick-exit-explanation = Fecha a aplicação de imediato e apaga a conversa deste telemóvel. Se houver rede, a polícia ou a gendarmaria é avisada de que teve de sair.
alert-armed-individual = Pessoa armada
alert-intrusion = Intrusão em curso
alert-assault = Agressão
alert-refused-check = Uma pessoa recusa um controlo
alert-fire = Incêndio, evacuação
alert-domestic-violence = Violência doméstica a acontecer agora
alert-followed = Alguém está a seguir-me
report-received = A sua participação foi recebida. Número de referência: { $receipt }
minors-notice = Podes escrever sem dar o teu nome. Mas se a tua vida ou a de outra pessoa estiver em perigo, a polícia ou a gendarmaria pode tentar saber quem és, para te proteger. Também podes ligar para o 119 (crianças em perigo) ou o 3018 (assédio na internet). É grátis.
