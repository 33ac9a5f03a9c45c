# status: needs native review
# language: Lithuanian
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Rašyti policijai arba žandarmerijai
call-17-112 = Jei galite kalbėti ir kieno nors gyvybei gresia pavojus, skambinkite 17 arba 112.
sms-114 = Jei negalite kalbėti, taip pat galite siųsti SMS numeriu 114.
chat-you-are-writing-to = Rašote policijai arba žandarmerijai.
chat-describe = Aprašykite, kas vyksta ir kur esate.
chat-cannot-talk = Negaliu kalbėti
chat-send = Siųsti
chat-share-location = Bendrinti mano buvimo vietą
location-consent = Jūsų buvimo vieta siunčiama tik jums atsakančiai policijai arba žandarmerijai, kad būtų galima atsiųsti pagalbą. Jūs sprendžiate, ar ją bendrinti.
chat-queue-position =
    { $position ->
        [1] Jūs esate eilės pradžioje.
        [one] Jūsų vieta eilėje: { $position }.
        [few] Jūsų vieta eilėje: { $position }.
        [many] Jūsų vieta eilėje: { $position }.
       *[other] Jūsų vieta eilėje: { $position }.
    }
quick-exit = Greitas išėjimas
quick-exit-explanation = Iškart uždaro programėlę ir ištrina pokalbį iš šio telefono. Jei yra ryšys, policija arba žandarmerija gauna žinią, kad pokalbis staiga nutrūko.
alert-armed-individual = Ginkluotas asmuo
alert-intrusion = Vyksta įsibrovimas
alert-assault = Užpuolimas
alert-refused-check = Asmuo atsisako patikrinimo
alert-fire = Gaisras, evakuacija
alert-domestic-violence = Smurtas artimoje aplinkoje dabar
alert-followed = Kažkas mane seka
report-received = Jūsų pranešimas gautas. Nuorodos numeris: { $receipt }
minors-notice = Gali rašyti be savo vardo. Bet jei tavo ar kito žmogaus gyvybei gresia pavojus, policija arba žandarmerija gali bandyti sužinoti, kas tu esi, kad tave apsaugotų. Taip pat gali skambinti 119 (vaikai pavojuje) arba 3018 (priekabiavimas internete). Tai nemokama.
