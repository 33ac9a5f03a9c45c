# status: needs native review
# language: Estonian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kirjuta politseile või sandarmeeriale
call-17-112 = Kui saate rääkida ja elu on ohus, helistage 17 või 112.
sms-114 = Kui te ei saa rääkida, võite saata ka SMS-i numbrile 114.
chat-you-are-writing-to = Kirjutate politseile või sandarmeeriale.
chat-describe = Kirjeldage, mis toimub ja kus te olete.
chat-cannot-talk = Ma ei saa rääkida
chat-send = Saada
chat-share-location = Jaga minu asukohta
location-consent = Teie asukoht läheb ainult teile vastavale politseile või sandarmeeriale, et nad saaksid abi saata. Teie otsustate, kas seda jagate.
chat-queue-position =
    { $position ->
        [1] Olete järjekorras esimene.
        [one] Teie koht järjekorras: { $position }.
       *[other] Teie koht järjekorras: { $position }.
    }
quick-exit = Kiire väljumine
quick-exit-explanation = Sulgeb rakenduse kohe ja kustutab vestluse sellest telefonist. Kui võrk on olemas, saab politsei või sandarmeeria teada, et pidite lahkuma.
alert-armed-individual = Relvastatud isik
alert-intrusion = Sissetung käib
alert-assault = Rünnak
alert-refused-check = Keegi keeldub kontrollist
alert-fire = Tulekahju, evakuatsioon
alert-domestic-violence = Lähisuhtevägivald praegu
alert-followed = Keegi jälitab mind
report-received = Teie teade on kätte saadud. Viitenumber: { $receipt }
minors-notice = Võid kirjutada oma nime ütlemata. Aga kui sinu või kellegi teise elu on ohus, võib politsei või sandarmeeria püüda välja selgitada, kes sa oled, et sind kaitsta. Võid helistada ka numbril 119 (ohus lapsed) või 3018 (kiusamine internetis). See on tasuta.
