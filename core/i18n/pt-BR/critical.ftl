# status: needs native review
# language: Portuguese (Brazil)
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escrever para a polícia ou a gendarmaria
call-17-112 = Se você puder falar e uma vida estiver em perigo, ligue 17 ou 112.
sms-114 = Se você não puder falar, também pode mandar um SMS para o 114.
chat-you-are-writing-to = Você está escrevendo para a polícia ou a gendarmaria.
chat-describe = Descreva o que está acontecendo e onde você está.
chat-cannot-talk = Não consigo falar
chat-send = Enviar
chat-share-location = Compartilhar minha localização
location-consent = Sua localização vai só para a polícia ou a gendarmaria que está respondendo, para poder enviar ajuda. Você decide se quer compartilhar.
chat-queue-position =
    { $position ->
        [1] Você está no início da fila.
        [one] Você está na posição { $position } da fila.
        [many] Você está na posição { $position } da fila.
       *[other] Você está na posição { $position } da fila.
    }
quick-exit = Saída rápida
quick-exit-explanation = Fecha o app na hora e apaga a conversa deste celular. Se houver rede, a polícia ou a gendarmaria é avisada de que você precisou sair.
alert-armed-individual = Pessoa armada
alert-intrusion = Invasão em andamento
alert-assault = Agressão
alert-refused-check = Alguém se recusa a uma fiscalização
alert-fire = Incêndio, evacuação
alert-domestic-violence = Violência doméstica acontecendo agora
alert-followed = Alguém está me seguindo
report-received = Sua denúncia foi recebida. Número de protocolo: { $receipt }
minors-notice = Você pode escrever sem dar seu nome. Mas, se a sua vida ou a de outra pessoa estiver em perigo, a polícia ou a gendarmaria pode tentar descobrir quem você é, para proteger você. Você também pode ligar para o 119 (crianças em perigo) ou o 3018 (assédio na internet). É grátis.
