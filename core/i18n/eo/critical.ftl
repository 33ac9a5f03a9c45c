# status: needs native review
# language: Esperanto
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skribi al la polico aŭ ĝendarmaro
call-17-112 = Se vi povas paroli kaj vivo estas en danĝero, voku 17 aŭ 112.
sms-114 = Se vi ne povas paroli, vi ankaŭ povas sendi SMS al 114.
chat-you-are-writing-to = Vi skribas al la polico aŭ ĝendarmaro.
chat-describe = Priskribu, kio okazas kaj kie vi estas.
chat-cannot-talk = Mi ne povas paroli
chat-send = Sendi
chat-share-location = Kunhavigi mian lokon
location-consent = Via loko iras nur al la polico aŭ ĝendarmaro, kiu respondas al vi, por ke ili povu sendi helpon. Vi elektas, ĉu kunhavigi ĝin.
chat-queue-position =
    { $position ->
        [1] Vi estas la unua en la vico.
        [one] Vi estas numero { $position } en la vico.
       *[other] Vi estas numero { $position } en la vico.
    }
quick-exit = Rapida eliro
quick-exit-explanation = Fermas la aplikaĵon tuj kaj forviŝas la konversacion el ĉi tiu telefono. Se estas reto, la polico aŭ ĝendarmaro ekscias, ke vi devis foriri.
alert-armed-individual = Armita persono
alert-intrusion = Entrudiĝo okazas nun
alert-assault = Atako
alert-refused-check = Iu rifuzas kontrolon
alert-fire = Fajro, evakuado
alert-domestic-violence = Hejma perforto nun
alert-followed = Iu sekvas min
report-received = Via raporto estis ricevita. Referenca numero: { $receipt }
minors-notice = Vi povas skribi sen doni vian nomon. Sed se via vivo aŭ la vivo de iu alia estas en danĝero, la polico aŭ ĝendarmaro povas provi ekscii, kiu vi estas, por protekti vin. Vi ankaŭ povas voki 119 (infanoj en danĝero) aŭ 3018 (ĉikanado en la reto). Ĝi estas senpaga.
