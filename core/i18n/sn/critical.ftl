# status: needs native review
# language: Shona
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Nyorera mapurisa kana gendarmerie
call-17-112 = Kana uchikwanisa kutaura uye hupenyu hwemunhu huri munjodzi, fonera 17 kana 112.
sms-114 = Kana usingakwanise kutaura, unogonawo kutumira SMS ku 114.
chat-you-are-writing-to = Uri kunyorera mapurisa kana gendarmerie.
chat-describe = Tsanangura zviri kuitika uye kwauri.
chat-cannot-talk = Handikwanise kutaura
chat-send = Tumira
chat-share-location = Govera nzvimbo yangu
location-consent = Nzvimbo yako inotumirwa chete kumapurisa kana gendarmerie ari kukupindura, kuti vagone kutumira rubatsiro. Ndiwe unosarudza kana uchiigovera.
chat-queue-position =
    { $position ->
        [1] Ndiwe wekutanga pamutsetse.
        [one] Nhamba yako pamutsetse: { $position }
       *[other] Nhamba yako pamutsetse: { $position }
    }
quick-exit = Buda nekukurumidza
quick-exit-explanation = Inovhara app ipapo ipapo uye inodzima hurukuro pafoni ino. Kana paine network, mapurisa kana gendarmerie vanoudzwa kuti waifanira kuenda.
alert-armed-individual = Munhu ane chombo
alert-intrusion = Mumwe apinda pasina mvumo izvozvi
alert-assault = Kurwiswa
alert-refused-check = Munhu ari kuramba kutariswa
alert-fire = Moto, kubudisa vanhu
alert-domestic-violence = Mhirizhonga mumba izvozvi
alert-followed = Mumwe ari kunditevera
report-received = Mushumo wako wagamuchirwa. Nhamba yereferensi: { $receipt }
minors-notice = Unogona kunyora usingataure zita rako. Asi kana hupenyu hwako kana hwemumwe munhu huri munjodzi, mapurisa kana gendarmerie vanogona kuedza kuziva kuti ndiwe ani, kuti vakuchengetedze. Unogonawo kufonera 119 (vana vari munjodzi) kana 3018 (kushungurudzwa paindaneti). Mahara.
