# status: needs native review
# language: Scottish Gaelic
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Sgrìobh chun a' phoileas
call-17-112 = Mas urrainn dhut bruidhinn agus beatha ann an cunnart, fòn gu 17 no 112.
sms-114 = Mur urrainn dhut bruidhinn, faodaidh tu teacsa a chur gu 114 cuideachd.
chat-you-are-writing-to = Tha thu a' sgrìobhadh chun a' phoileas.
chat-describe = Innis dè tha a' tachairt agus càite a bheil thu.
chat-cannot-talk = Chan urrainn dhomh bruidhinn
chat-send = Cuir
chat-share-location = Co-roinn m' àite
location-consent = Cha tèid d' àite ach dhan phoileas a tha gad fhreagairt, airson 's gun cuir iad cobhair. 'S ann agadsa a tha an roghainn a cho-roinneadh.
chat-queue-position =
    { $position ->
        [1] Is tusa a' chiad duine sa chiudha.
        [one] Is tusa àireamh { $position } sa chiudha.
        [two] Is tusa àireamh { $position } sa chiudha.
        [few] Is tusa àireamh { $position } sa chiudha.
       *[other] Is tusa àireamh { $position } sa chiudha.
    }
quick-exit = Fàg gu luath
quick-exit-explanation = Dùinidh e an aplacaid sa bhad agus sguabaidh e às an còmhradh bhon fhòn seo. Ma tha lìonra ann, thèid innse dhan phoileas gum b' fheudar dhut falbh.
alert-armed-individual = Neach le armachd
alert-intrusion = Briseadh a-steach a' tachairt
alert-assault = Ionnsaigh
alert-refused-check = Tha cuideigin a' diùltadh sgrùdadh
alert-fire = Teine, falmhachadh
alert-domestic-violence = Droch dhìol san dachaigh an-dràsta
alert-followed = Tha cuideigin gam leantainn
report-received = Fhuair sinn an aithris agad. Àireamh-iomraidh: { $receipt }
minors-notice = Faodaidh tu sgrìobhadh gun d' ainm a thoirt seachad. Ach ma tha do bheatha no beatha cuideigin eile ann an cunnart, faodaidh am poileas feuchainn ri faighinn a-mach cò thu, airson do dhìon. Faodaidh tu cuideachd fòn a chur gu 119 (clann ann an cunnart) no 3018 (sàrachadh air loidhne). Tha e an-asgaidh.
