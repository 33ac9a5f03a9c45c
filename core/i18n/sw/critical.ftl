# status: needs native review
# language: Swahili
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Andikia polisi au gendarmerie
call-17-112 = Ukiweza kuongea na maisha ya mtu yako hatarini, piga 17 au 112.
sms-114 = Ikiwa huwezi kuongea, unaweza pia kutuma SMS kwa 114.
chat-you-are-writing-to = Unaandikia polisi au gendarmerie.
chat-describe = Eleza kinachotokea na mahali ulipo.
chat-cannot-talk = Siwezi kuongea
chat-send = Tuma
chat-share-location = Shiriki mahali nilipo
location-consent = Mahali ulipo hutumwa kwa polisi au gendarmerie wanaokujibu pekee, ili waweze kutuma msaada. Wewe ndiye unayechagua kama utashiriki.
chat-queue-position =
    { $position ->
        [1] Wewe ni wa kwanza kwenye foleni.
        [one] Nafasi yako kwenye foleni: { $position }
       *[other] Nafasi yako kwenye foleni: { $position }
    }
quick-exit = Toka haraka
quick-exit-explanation = Inafunga programu mara moja na kufuta mazungumzo kwenye simu hii. Ikiwa kuna mtandao, polisi au gendarmerie wataarifiwa kwamba ulilazimika kuondoka.
alert-armed-individual = Mtu mwenye silaha
alert-intrusion = Mtu ameingia bila ruhusa sasa hivi
alert-assault = Shambulio
alert-refused-check = Mtu anakataa kukaguliwa
alert-fire = Moto, kuwahamisha watu
alert-domestic-violence = Ukatili wa nyumbani unaendelea sasa
alert-followed = Mtu ananifuata
report-received = Ripoti yako imepokelewa. Namba ya kumbukumbu: { $receipt }
minors-notice = Unaweza kuandika bila kutaja jina lako. Lakini ikiwa maisha yako au ya mtu mwingine yako hatarini, polisi au gendarmerie wanaweza kujaribu kujua wewe ni nani, ili kukulinda. Unaweza pia kupiga 119 (watoto walio hatarini) au 3018 (unyanyasaji mtandaoni). Ni bure.
