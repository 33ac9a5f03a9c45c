# status: needs native review
# language: Latin
# confidence: medium (machine-quality translation by a non-native writer)
# note: Latin is in the language table; kept for completeness, not a priority for review
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Scribe ad vigiles vel gendarmeriam
call-17-112 = Si loqui potes et vita in periculo est, voca 17 vel 112.
sms-114 = Si loqui non potes, etiam nuntium SMS ad 114 mittere potes.
chat-you-are-writing-to = Ad vigiles vel gendarmeriam scribis.
chat-describe = Describe quid fiat et ubi sis.
chat-cannot-talk = Loqui non possum
chat-send = Mitte
chat-share-location = Locum meum communica
location-consent = Locus tuus solum ad vigiles vel gendarmeriam qui tibi respondent mittitur, ut auxilium mittere possint. Tu eligis utrum eum communices.
chat-queue-position =
    { $position ->
        [1] In capite ordinis es.
       *[other] Numerus tuus in ordine: { $position }
    }
quick-exit = Exitus celer
quick-exit-explanation = Applicationem statim claudit et colloquium ex hoc telephono delet. Si rete adest, vigiles vel gendarmeria certiores fiunt te abire debuisse.
alert-armed-individual = Homo armatus
alert-intrusion = Aliquis nunc sine licentia intravit
alert-assault = Impetus
alert-refused-check = Aliquis inspectionem recusat
alert-fire = Incendium, evacuatio
alert-domestic-violence = Vis domestica nunc fit
alert-followed = Aliquis me sequitur
report-received = Relatio tua accepta est. Numerus: { $receipt }
minors-notice = Scribere potes nomine tuo non dato. Sed si vita tua vel alterius in periculo est, vigiles vel gendarmeria cognoscere conari possunt quis sis, ut te protegant. Etiam 119 (pueri in periculo) vel 3018 (vexatio in interreti) vocare potes. Gratis est.
