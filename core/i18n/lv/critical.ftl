# status: needs native review
# language: Latvian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Rakstīt policijai vai žandarmērijai
call-17-112 = Ja varat runāt un kāda dzīvība ir briesmās, zvaniet 17 vai 112.
sms-114 = Ja nevarat runāt, varat arī nosūtīt īsziņu uz 114.
chat-you-are-writing-to = Jūs rakstāt policijai vai žandarmērijai.
chat-describe = Aprakstiet, kas notiek un kur jūs atrodaties.
chat-cannot-talk = Es nevaru runāt
chat-send = Sūtīt
chat-share-location = Kopīgot manu atrašanās vietu
location-consent = Jūsu atrašanās vieta tiek nosūtīta tikai policijai vai žandarmērijai, kas jums atbild, lai varētu nosūtīt palīdzību. Jūs izvēlaties, vai to kopīgot.
chat-queue-position =
    { $position ->
        [1] Jūs esat rindas sākumā.
        [zero] Jūsu vieta rindā: { $position }.
        [one] Jūsu vieta rindā: { $position }.
       *[other] Jūsu vieta rindā: { $position }.
    }
quick-exit = Ātrā iziešana
quick-exit-explanation = Uzreiz aizver lietotni un izdzēš sarunu no šī tālruņa. Ja ir tīkls, policija vai žandarmērija uzzina, ka jums bija jāaiziet.
alert-armed-individual = Bruņota persona
alert-intrusion = Notiek ielaušanās
alert-assault = Uzbrukums
alert-refused-check = Kāds atsakās no pārbaudes
alert-fire = Ugunsgrēks, evakuācija
alert-domestic-violence = Vardarbība ģimenē šobrīd
alert-followed = Kāds man seko
report-received = Jūsu ziņojums ir saņemts. Atsauces numurs: { $receipt }
minors-notice = Tu vari rakstīt, nenorādot savu vārdu. Bet, ja tava vai kāda cita dzīvība ir briesmās, policija vai žandarmērija var mēģināt noskaidrot, kas tu esi, lai tevi aizsargātu. Tu vari arī zvanīt uz 119 (bērni briesmās) vai 3018 (vajāšana internetā). Tas ir bez maksas.
