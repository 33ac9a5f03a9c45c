# status: needs native review
# language: Irish
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Scríobh chuig na póilíní
call-17-112 = Más féidir leat labhairt agus go bhfuil beatha i mbaol, glaoigh ar 17 nó 112.
sms-114 = Murar féidir leat labhairt, is féidir leat téacs a sheoladh chuig 114 freisin.
chat-you-are-writing-to = Tá tú ag scríobh chuig na póilíní.
chat-describe = Déan cur síos ar a bhfuil ag tarlú agus cá bhfuil tú.
chat-cannot-talk = Ní féidir liom labhairt
chat-send = Seol
chat-share-location = Roinn mo shuíomh
location-consent = Ní théann do shuíomh ach chuig na póilíní atá ag freagairt duit, ionas gur féidir leo cabhair a chur chugat. Is fútsa atá sé é a roinnt nó gan é a roinnt.
chat-queue-position =
    { $position ->
        [1] Is tusa an chéad duine sa scuaine.
        [one] Is tusa uimhir { $position } sa scuaine.
        [two] Is tusa uimhir { $position } sa scuaine.
        [few] Is tusa uimhir { $position } sa scuaine.
        [many] Is tusa uimhir { $position } sa scuaine.
       *[other] Is tusa uimhir { $position } sa scuaine.
    }
quick-exit = Imeacht tapa
quick-exit-explanation = Dúnann sé an aip láithreach agus scriosann sé an comhrá ón bhfón seo. Má tá líonra ann, cuirtear in iúl do na póilíní go raibh ort imeacht.
alert-armed-individual = Duine armtha
alert-intrusion = Briseadh isteach ar siúl
alert-assault = Ionsaí
alert-refused-check = Diúltaíonn duine do sheiceáil
alert-fire = Tine, aslonnú
alert-domestic-violence = Foréigean baile anois díreach
alert-followed = Tá duine éigin do mo leanúint
report-received = Fuarthas do thuairisc. Uimhir thagartha: { $receipt }
minors-notice = Is féidir leat scríobh gan d'ainm a thabhairt. Ach má tá do bheatha féin nó beatha duine eile i mbaol, féadfaidh na póilíní iarracht a dhéanamh fáil amach cé thú féin, chun tú a chosaint. Is féidir leat glaoch ar 119 (leanaí i mbaol) nó 3018 (ciapadh ar líne) freisin. Tá sé saor in aisce.
