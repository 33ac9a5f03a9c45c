# status: needs native review
# language: Asturian
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Escribir a la policía o a la xendarmería
call-17-112 = Si pue falar y hai una vida en peligru, llame al 17 o al 112.
sms-114 = Si nun pue falar, tamién pue unviar un SMS al 114.
chat-you-are-writing-to = Ta escribiendo a la policía o a la xendarmería.
chat-describe = Describa lo que pasa y ónde ta.
chat-cannot-talk = Nun puedo falar
chat-send = Unviar
chat-share-location = Compartir la mio llocalización
location-consent = La so llocalización namás va a la policía o a la xendarmería que-y respuende, pa poder unviar ayuda. Vusté decide si la comparte.
chat-queue-position =
    { $position ->
        [1] Ta nel primer puestu de la cola.
        [one] Ta nel puestu { $position } de la cola.
       *[other] Ta nel puestu { $position } de la cola.
    }
quick-exit = Salida rápida
quick-exit-explanation = Zarra l'aplicación darréu y borra la conversación d'esti teléfonu. Si hai rede, la policía o la xendarmería recibe un avisu de que tuvo que dir.
alert-armed-individual = Persona armada
alert-intrusion = Intrusión en cursu
alert-assault = Agresión
alert-refused-check = Una persona niégase a un control
alert-fire = Fueu, evacuación
alert-domestic-violence = Violencia doméstica agora mesmo
alert-followed = Daquién ta siguiéndome
report-received = Recibimos el so avisu. Númberu de siguimientu: { $receipt }
minors-notice = Pues escribir ensin dar el to nome. Pero si la to vida o la d'otra persona ta en peligru, la policía o la xendarmería pue intentar saber quién yes, pa protexete. Tamién pues llamar al 119 (menores en peligru) o al 3018 (acosu n'internet). Ye de baldre.
