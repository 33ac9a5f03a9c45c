# status: needs native review
# language: Spanish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escribir a la policía o la gendarmería
call-17-112 = Si puede hablar y una vida está en peligro, llame al 17 o al 112.
sms-114 = Si no puede hablar, también puede enviar un SMS al 114.
chat-you-are-writing-to = Está escribiendo a la policía o la gendarmería.
chat-describe = Describa lo que pasa y dónde está.
chat-cannot-talk = No puedo hablar
chat-send = Enviar
chat-share-location = Compartir mi ubicación
location-consent = Su ubicación solo se envía a la policía o la gendarmería que le responde, para poder enviarle ayuda. Usted decide si la comparte.
chat-queue-position =
    { $position ->
        [1] Está al principio de la fila.
        [one] Es el número { $position } de la fila.
        [many] Es el número { $position } de la fila.
       *[other] Es el número { $position } de la fila.
    }
quick-exit = Salida rápida
quick-exit-explanation = Cierra la aplicación al instante y borra la conversación de este teléfono. Si hay red, la policía o la gendarmería recibe un aviso de que tuvo que irse.
alert-armed-individual = Persona armada
alert-intrusion = Intrusión en curso
alert-assault = Agresión
alert-refused-check = Una persona se niega a un control
alert-fire = Incendio, evacuación
alert-domestic-violence = Violencia doméstica ahora mismo
alert-followed = Alguien me sigue
report-received = Hemos recibido su aviso. Número de seguimiento: { $receipt }
minors-notice = Puedes escribir sin dar tu nombre. Pero si tu vida o la de otra persona está en peligro, la policía o la gendarmería puede intentar saber quién eres, para protegerte. También puedes llamar al 119 (menores en peligro) o al 3018 (acoso en internet). Es gratis.
