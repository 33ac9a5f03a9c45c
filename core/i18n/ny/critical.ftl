# status: needs native review
# language: Chichewa
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Lembera apolisi kapena a gendarmerie
call-17-112 = Ngati mungathe kulankhula ndipo moyo wa munthu uli pangozi, imbani 17 kapena 112.
sms-114 = Ngati simungathe kulankhula, mukhozanso kutumiza SMS ku 114.
chat-you-are-writing-to = Mukulembera apolisi kapena a gendarmerie.
chat-describe = Fotokozani zimene zikuchitika ndi kumene muli.
chat-cannot-talk = Sindingathe kulankhula
chat-send = Tumizani
chat-share-location = Gawanani malo anga
location-consent = Malo anu amatumizidwa kwa apolisi kapena a gendarmerie okha amene akukuyankhani, kuti athe kutumiza thandizo. Ndinu amene mumasankha ngati mugawana.
chat-queue-position =
    { $position ->
        [1] Ndinu woyamba pa mzere.
        [one] Nambala yanu pa mzere: { $position }
       *[other] Nambala yanu pa mzere: { $position }
    }
quick-exit = Tulukani mwachangu
quick-exit-explanation = Imatseka pulogalamuyo nthawi yomweyo ndi kufufuta zokambirana pa foni iyi. Ngati pali netiweki, apolisi kapena a gendarmerie adzauzidwa kuti munayenera kuchoka.
alert-armed-individual = Munthu wanyamula chida
alert-intrusion = Wina walowa popanda chilolezo tsopano
alert-assault = Kumenyedwa
alert-refused-check = Munthu akukana kufufuzidwa
alert-fire = Moto, kutulutsa anthu
alert-domestic-violence = Nkhanza za m'banja zikuchitika tsopano
alert-followed = Wina akundilondola
report-received = Lipoti lanu lalandiridwa. Nambala yolozera: { $receipt }
minors-notice = Ukhoza kulemba osanena dzina lako. Koma ngati moyo wako kapena wa munthu wina uli pangozi, apolisi kapena a gendarmerie angayese kudziwa kuti ndiwe ndani, kuti akuteteze. Ukhozanso kuyimba 119 (ana ali pangozi) kapena 3018 (kuzunzidwa pa intaneti). Ndi kwaulere.
