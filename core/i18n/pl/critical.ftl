# status: needs native review
# language: Polish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Napisz do policji lub żandarmerii
call-17-112 = Jeśli możesz mówić, a czyjeś życie jest w niebezpieczeństwie, zadzwoń pod 17 lub 112.
sms-114 = Jeśli nie możesz mówić, możesz też wysłać SMS pod numer 114.
chat-you-are-writing-to = Piszesz do policji lub żandarmerii.
chat-describe = Opisz, co się dzieje i gdzie jesteś.
chat-cannot-talk = Nie mogę mówić
chat-send = Wyślij
chat-share-location = Udostępnij moją lokalizację
location-consent = Twoja lokalizacja trafia tylko do policji lub żandarmerii, która ci odpowiada, żeby mogła wysłać pomoc. Ty decydujesz, czy ją udostępnić.
chat-queue-position =
    { $position ->
        [1] Jesteś na początku kolejki.
        [one] Twoje miejsce w kolejce: { $position }.
        [few] Twoje miejsce w kolejce: { $position }.
        [many] Twoje miejsce w kolejce: { $position }.
       *[other] Twoje miejsce w kolejce: { $position }.
    }
quick-exit = Szybkie wyjście
quick-exit-explanation = Od razu zamyka aplikację i usuwa rozmowę z tego telefonu. Jeśli jest sieć, policja lub żandarmeria dostaje informację, że rozmowa nagle się urwała.
alert-armed-individual = Osoba uzbrojona
alert-intrusion = Intruz na miejscu
alert-assault = Napaść
alert-refused-check = Ktoś odmawia poddania się kontroli
alert-fire = Pożar, ewakuacja
alert-domestic-violence = Przemoc domowa, teraz
alert-followed = Ktoś mnie śledzi
report-received = Twoje zgłoszenie zostało przyjęte. Numer zgłoszenia: { $receipt }
minors-notice = Możesz pisać bez podawania imienia. Ale jeśli twoje życie lub życie innej osoby jest w niebezpieczeństwie, policja lub żandarmeria może próbować ustalić, kim jesteś, żeby cię chronić. Możesz też zadzwonić pod 119 (dzieci w niebezpieczeństwie) lub 3018 (nękanie w internecie). To nic nie kosztuje.
