# status: needs native review
# language: Filipino
# confidence: medium (machine-quality translation by a non-native writer)
# note: same text as tl (Tagalog); Filipino is standardised Tagalog
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Sumulat sa pulis o gendarmerie
call-17-112 = Kung kaya mong magsalita at may buhay na nasa panganib, tumawag sa 17 o 112.
sms-114 = Kung hindi ka makapagsalita, puwede ka ring mag-text sa 114.
chat-you-are-writing-to = Sumusulat ka sa pulis o gendarmerie.
chat-describe = Ilarawan kung ano ang nangyayari at kung nasaan ka.
chat-cannot-talk = Hindi ako makapagsalita
chat-send = Ipadala
chat-share-location = Ibahagi ang aking lokasyon
location-consent = Ang lokasyon mo ay ipinapadala lang sa pulis o gendarmerie na sumasagot sa iyo, para makapagpadala sila ng tulong. Ikaw ang pipili kung ibabahagi ito.
chat-queue-position =
    { $position ->
        [1] Ikaw ang una sa pila.
        [one] Ikaw ang numero { $position } sa pila.
       *[other] Ikaw ang numero { $position } sa pila.
    }
quick-exit = Mabilis na pag-alis
quick-exit-explanation = Isinasara agad ang app at binubura ang usapan sa teleponong ito. Kung may network, sasabihan ang pulis o gendarmerie na kinailangan mong umalis.
alert-armed-individual = Taong may armas
alert-intrusion = May nanloloob ngayon
alert-assault = Pananakit
alert-refused-check = May tumatangging magpasuri
alert-fire = Sunog, paglikas
alert-domestic-violence = May karahasan sa tahanan ngayon
alert-followed = May sumusunod sa akin
report-received = Natanggap na ang iyong ulat. Numero ng reference: { $receipt }
minors-notice = Puwede kang sumulat nang hindi sinasabi ang pangalan mo. Pero kung nasa panganib ang buhay mo o ng ibang tao, puwedeng alamin ng pulis o gendarmerie kung sino ka, para protektahan ka. Puwede ka ring tumawag sa 119 (mga batang nasa panganib) o 3018 (panliligalig online). Libre ito.
