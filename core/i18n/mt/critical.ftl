# status: needs native review
# language: Maltese
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ikteb lill-pulizija jew lill-ġendarmerija
call-17-112 = Jekk tista' titkellem u hemm ħajja fil-periklu, ċempel 17 jew 112.
sms-114 = Jekk ma tistax titkellem, tista' tibgħat ukoll SMS lil 114.
chat-you-are-writing-to = Qed tikteb lill-pulizija jew lill-ġendarmerija.
chat-describe = Iddeskrivi x'qed jiġri u fejn int.
chat-cannot-talk = Ma nistax nitkellem
chat-send = Ibgħat
chat-share-location = Aqsam il-post tiegħi
location-consent = Il-post tiegħek jintbagħat biss lill-pulizija jew lill-ġendarmerija li qed twieġbek, biex tkun tista' tibgħat l-għajnuna. Int tagħżel jekk taqsmux.
chat-queue-position =
    { $position ->
        [1] Int l-ewwel fil-kju.
        [one] Int numru { $position } fil-kju.
        [two] Int numru { $position } fil-kju.
        [few] Int numru { $position } fil-kju.
        [many] Int numru { $position } fil-kju.
       *[other] Int numru { $position } fil-kju.
    }
quick-exit = Ħruġ malajr
quick-exit-explanation = Jagħlaq l-app minnufih u jħassar il-konversazzjoni minn dan it-telefon. Jekk hemm in-netwerk, il-pulizija jew il-ġendarmerija jiġu mgħarrfa li kellek titlaq.
alert-armed-individual = Persuna armata
alert-intrusion = Dħul bla permess għaddej issa
alert-assault = Attakk
alert-refused-check = Xi ħadd qed jirrifjuta kontroll
alert-fire = Nar, evakwazzjoni
alert-domestic-violence = Vjolenza domestika issa stess
alert-followed = Xi ħadd qed isegwini
report-received = Ir-rapport tiegħek wasal. Numru ta' referenza: { $receipt }
minors-notice = Tista' tikteb mingħajr ma tagħti ismek. Imma jekk ħajtek jew ta' xi ħadd ieħor tkun fil-periklu, il-pulizija jew il-ġendarmerija jistgħu jippruvaw isiru jafu min int, biex jipproteġuk. Tista' ċċempel ukoll 119 (tfal fil-periklu) jew 3018 (fastidju online). Huwa b'xejn.
