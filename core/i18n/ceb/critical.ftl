# status: needs native review
# language: Cebuano
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Pagsulat sa pulis o gendarmerie
call-17-112 = Kung makasulti ka ug adunay kinabuhi nga anaa sa peligro, tawag sa 17 o 112.
sms-114 = Kung dili ka makasulti, mahimo ka usab mag-text sa 114.
chat-you-are-writing-to = Nagsulat ka sa pulis o gendarmerie.
chat-describe = Isulti kung unsa ang nahitabo ug asa ka karon.
chat-cannot-talk = Dili ko makasulti
chat-send = Ipadala
chat-share-location = Ipakigbahin ang akong lokasyon
location-consent = Ang imong lokasyon ipadala lang sa pulis o gendarmerie nga nagtubag kanimo, aron makapadala sila og tabang. Ikaw ang mopili kung ipakigbahin nimo kini.
chat-queue-position =
    { $position ->
        [1] Ikaw ang una sa linya.
        [one] Ikaw ang numero { $position } sa linya.
       *[other] Ikaw ang numero { $position } sa linya.
    }
quick-exit = Dali nga paggawas
quick-exit-explanation = Isirado dayon ang app ug papason ang panag-istoryahanay niining telepono. Kung adunay network, pahibaw-on ang pulis o gendarmerie nga kinahanglan kang mobiya.
alert-armed-individual = Tawo nga adunay armas
alert-intrusion = Adunay nisulod nga walay pagtugot
alert-assault = Pag-atake
alert-refused-check = Adunay midumili sa pagsusi
alert-fire = Sunog, pagbakwit
alert-domestic-violence = Adunay kapintasan sa panimalay karon
alert-followed = Adunay nagsunod kanako
report-received = Nadawat na ang imong report. Numero sa reference: { $receipt }
minors-notice = Makasulat ka bisan dili nimo isulti ang imong ngalan. Apan kung ang imong kinabuhi o sa laing tawo anaa sa peligro, mahimong sulayan sa pulis o gendarmerie nga mahibaw-an kung kinsa ka, aron mapanalipdan ka. Mahimo ka usab motawag sa 119 (mga bata nga anaa sa peligro) o 3018 (pagpanghasi online). Libre kini.
