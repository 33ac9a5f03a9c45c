# status: needs native review
# language: Corsican
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Scrive à a pulizza o à a gendarmeria
call-17-112 = S'è vo pudete parlà è chì una vita hè in periculu, chjamate u 17 o u 112.
sms-114 = S'è vo ùn pudete micca parlà, pudete ancu mandà un SMS à u 114.
chat-you-are-writing-to = Scrivite à a pulizza o à a gendarmeria.
chat-describe = Discrivite ciò chì accade è induve site.
chat-cannot-talk = Ùn possu micca parlà
chat-send = Mandà
chat-share-location = Sparte a mo pusizione
location-consent = A vostra pusizione hè mandata solu à a pulizza o à a gendarmeria chì vi risponde, per pudè vi mandà aiutu. Site voi chì sciglite di sparte la.
chat-queue-position =
    { $position ->
        [1] Site in capu di a fila d'aspettu.
       *[other] Site u numeru { $position } in a fila d'aspettu.
    }
quick-exit = Surtita rapida
quick-exit-explanation = Chjude l'appiecazione subitu è squassa a cunversazione da stu telefunu. S'è a reta u permette, a pulizza o a gendarmeria hè avvisata chì avete avutu à parte.
alert-armed-individual = Persona armata
alert-intrusion = Intrusione in corsu
alert-assault = Aggressione
alert-refused-check = Una persona ricusa un cuntrollu
alert-fire = Focu, evacuazione
alert-domestic-violence = Viulenze cunigale in corsu
alert-followed = Qualchissia mi seguita
report-received = U vostru signalamentu hè statu ricevutu. Numeru di seguitu: { $receipt }
minors-notice = Poi scrive senza dà u to nome. Ma s'è a to vita o quella di qualchissia hè in periculu, a pulizza o a gendarmeria pò circà à sapè quale sì, per pruteghjeti. Poi ancu chjamà u 119 (zitelli in periculu) o u 3018 (fastidiu in linea). Hè gratuitu.
