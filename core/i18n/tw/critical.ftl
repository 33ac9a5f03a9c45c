# status: needs native review
# language: Twi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Kyerɛw kɔma polisifo anaa gendarmerie
call-17-112 = Sɛ wotumi kasa na obi nkwa wɔ asiane mu a, frɛ 17 anaa 112.
sms-114 = Sɛ wuntumi nkasa a, wubetumi de SMS akɔ 114 nso.
chat-you-are-writing-to = Worekyerɛw akɔma polisifo anaa gendarmerie.
chat-describe = Kyerɛkyerɛ nea ɛrekɔ so ne faako a wowɔ.
chat-cannot-talk = Mintumi nkasa
chat-send = Soma
chat-share-location = Kyɛ baabi a mewɔ
location-consent = Yɛde baabi a wowɔ kɔma polisifo anaa gendarmerie a wɔregye wo so no nko ara, sɛnea ɛbɛyɛ a wobetumi asoma mmoa. Wo ara na wopaw sɛ wobɛkyɛ anaa.
chat-queue-position =
    { $position ->
        [1] Wo na wodi kan wɔ santen no mu.
        [one] Wo nɔma wɔ santen no mu: { $position }
       *[other] Wo nɔma wɔ santen no mu: { $position }
    }
quick-exit = Fi mu ntɛm
quick-exit-explanation = Ɛto app no mu ntɛm ara na ɛpopa nkɔmmɔ no fi fon yi so. Sɛ network wɔ hɔ a, wɔbɛka akyerɛ polisifo anaa gendarmerie sɛ na ɛsɛ sɛ wokɔ.
alert-armed-individual = Obi a ɔkura akode
alert-intrusion = Obi awura mu a wɔmmaa no kwan seesei
alert-assault = Ntohyɛ
alert-refused-check = Obi repo sɛ wɔbɛhwehwɛ no mu
alert-fire = Ogya, yiyi nnipa fi hɔ
alert-domestic-violence = Efie basabasayɛ rekɔ so seesei
alert-followed = Obi di m'akyi
report-received = Yɛanya wo amanneɛbɔ no. Nɔma: { $receipt }
minors-notice = Wubetumi akyerɛw a wonka wo din. Nanso sɛ wo nkwa anaa obi foforo nkwa wɔ asiane mu a, polisifo anaa gendarmerie betumi abɔ mmɔden ahu onipa ko a wo yɛ, sɛnea wɔbɛbɔ wo ho ban. Wubetumi afrɛ 119 (mmofra a wɔwɔ asiane mu) anaa 3018 (ntaa a ɛwɔ intanɛt so) nso. Ɛyɛ kwa.
