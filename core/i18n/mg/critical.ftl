# status: needs native review
# language: Malagasy
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Manorata amin'ny polisy na zandary
call-17-112 = Raha afaka miteny ianao ary misy aina tandindomin-doza, antsoy ny 17 na ny 112.
sms-114 = Raha tsy afaka miteny ianao, azonao atao koa ny mandefa SMS any amin'ny 114.
chat-you-are-writing-to = Manoratra amin'ny polisy na zandary ianao.
chat-describe = Lazao izay mitranga sy ny toerana misy anao.
chat-cannot-talk = Tsy afaka miteny aho
chat-send = Alefa
chat-share-location = Zarao ny toerana misy ahy
location-consent = Ny polisy na zandary mamaly anao ihany no andefasana ny toerana misy anao, mba hahafahany mandefa fanampiana. Ianao no misafidy raha hizara izany.
chat-queue-position =
    { $position ->
        [1] Ianao no voalohany amin'ny filaharana.
        [one] Ny laharanao amin'ny filaharana: { $position }
       *[other] Ny laharanao amin'ny filaharana: { $position }
    }
quick-exit = Hivoaka haingana
quick-exit-explanation = Manidy ny fampiharana avy hatrany ary mamafa ny resaka ao amin'ity finday ity. Raha misy tambajotra, ampahafantarina ny polisy na zandary fa voatery nandeha ianao.
alert-armed-individual = Olona mitam-piadiana
alert-intrusion = Misy olona niditra tsy nahazo alalana izao
alert-assault = Fanafihana
alert-refused-check = Misy olona mandà ny fanaraha-maso
alert-fire = Afo, famoahana ny olona
alert-domestic-violence = Herisetra ao an-tokantrano izao
alert-followed = Misy olona manaraka ahy
report-received = Voaray ny tatitrao. Laharana fanarahana: { $receipt }
minors-notice = Afaka manoratra tsy milaza ny anaranao ianao. Saingy raha tandindomin-doza ny ainao na ny ain'olon-kafa, mety hiezaka hahafantatra hoe iza ianao ny polisy na zandary, mba hiarovana anao. Afaka miantso ny 119 (ankizy tandindomin-doza) na ny 3018 (fanorisorenana amin'ny aterineto) koa ianao. Maimaim-poana izany.
