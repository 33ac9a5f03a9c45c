# status: needs native review
# language: Icelandic
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skrifaðu lögreglunni
call-17-112 = Ef þú getur talað og líf er í hættu, hringdu í 17 eða 112.
sms-114 = Ef þú getur ekki talað geturðu líka sent SMS í 114.
chat-you-are-writing-to = Þú ert að skrifa lögreglunni.
chat-describe = Lýstu því sem er að gerast og hvar þú ert.
chat-cannot-talk = Ég get ekki talað
chat-send = Senda
chat-share-location = Deila staðsetningu minni
location-consent = Staðsetningin þín fer aðeins til lögreglunnar sem svarar þér, svo hún geti sent hjálp. Þú velur hvort þú deilir henni.
chat-queue-position =
    { $position ->
        [1] Þú ert fremst í röðinni.
        [one] Þú ert númer { $position } í röðinni.
       *[other] Þú ert númer { $position } í röðinni.
    }
quick-exit = Hraðútgangur
quick-exit-explanation = Lokar appinu strax og eyðir samtalinu úr þessum síma. Ef netsamband er til staðar fær lögreglan að vita að þú þurftir að fara.
alert-armed-individual = Vopnaður einstaklingur
alert-intrusion = Innbrot í gangi
alert-assault = Líkamsárás
alert-refused-check = Einhver neitar eftirliti
alert-fire = Eldur, rýming
alert-domestic-violence = Heimilisofbeldi núna
alert-followed = Einhver eltir mig
report-received = Tilkynningin þín hefur borist. Tilvísunarnúmer: { $receipt }
minors-notice = Þú getur skrifað án þess að gefa upp nafnið þitt. En ef líf þitt eða einhvers annars er í hættu getur lögreglan reynt að komast að því hver þú ert, til að vernda þig. Þú getur líka hringt í 119 (börn í hættu) eða 3018 (áreitni á netinu). Það er ókeypis.
