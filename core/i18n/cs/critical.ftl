# status: needs native review
# language: Czech
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Napsat policii nebo četnictvu
call-17-112 = Pokud můžete mluvit a je ohrožen život, volejte 17 nebo 112.
sms-114 = Pokud nemůžete mluvit, můžete také poslat SMS na 114.
chat-you-are-writing-to = Píšete policii nebo četnictvu.
chat-describe = Popište, co se děje a kde jste.
chat-cannot-talk = Nemohu mluvit
chat-send = Odeslat
chat-share-location = Sdílet moji polohu
location-consent = Vaši polohu dostane jen policie nebo četnictvo, které vám odpovídá, aby mohlo poslat pomoc. Sami se rozhodnete, zda ji sdílíte.
chat-queue-position =
    { $position ->
        [1] Jste na řadě jako další.
        [one] Vaše pořadí ve frontě: { $position }.
        [few] Vaše pořadí ve frontě: { $position }.
        [many] Vaše pořadí ve frontě: { $position }.
       *[other] Vaše pořadí ve frontě: { $position }.
    }
quick-exit = Rychlý odchod
quick-exit-explanation = Okamžitě zavře aplikaci a smaže konverzaci z tohoto telefonu. Pokud je k dispozici síť, policie nebo četnictvo dostane zprávu, že konverzace náhle skončila.
alert-armed-individual = Ozbrojená osoba
alert-intrusion = Vniknutí do objektu právě teď
alert-assault = Napadení
alert-refused-check = Někdo odmítá kontrolu
alert-fire = Požár, evakuace
alert-domestic-violence = Domácí násilí právě teď
alert-followed = Někdo mě sleduje
report-received = Vaše oznámení bylo přijato. Číslo oznámení: { $receipt }
minors-notice = Můžeš psát bez uvedení svého jména. Ale pokud je v ohrožení tvůj život nebo život někoho jiného, policie nebo četnictvo se může pokusit zjistit, kdo jsi, aby tě ochránilo. Můžeš také zavolat na 119 (ohrožené děti) nebo 3018 (obtěžování na internetu). Je to zdarma.
