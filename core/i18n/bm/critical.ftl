# status: needs native review
# language: Bambara
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Sɛbɛn ci pulisi walima zandarimu ma
call-17-112 = Ni i bɛ se ka kuma ani ni ɲɛnamaya dɔ bɛ farati la, 17 walima 112 wele.
sms-114 = Ni i tɛ se ka kuma, i bɛ se ka SMS ci 114 ma fana.
chat-you-are-writing-to = I bɛ sɛbɛnni kɛ pulisi walima zandarimu ma.
chat-describe = Min bɛ kɛra o ɲɛfɔ, ani i bɛ yɔrɔ min na.
chat-cannot-talk = Ne tɛ se ka kuma
chat-send = A ci
chat-share-location = N ka yɔrɔ jira
location-consent = I ka yɔrɔ bɛ ci pulisi walima zandarimu dɔrɔn ma min bɛ i jaabi, walisa u ka se ka dɛmɛ ci. Ale de bɛ a latigɛ ni i b'a jira.
chat-queue-position =
    { $position ->
        [1] Ele de bɛ ɲɛfɛ jɔlen na.
       *[other] I ka nimɔrɔ jɔlen na: { $position }
    }
quick-exit = Bɔli joona
quick-exit-explanation = A bɛ app datugu o yɔrɔnin bɛɛ, ka baro jɔsi nin telefɔni in kan. Ni rezo bɛ yen, pulisi walima zandarimu bɛ a dɔn ko i tun ka kan ka taa.
alert-armed-individual = Mɔgɔ min bolo marifa bɛ
alert-intrusion = Mɔgɔ donna k'a sɔrɔ sira t'a ye
alert-assault = Binkanni
alert-refused-check = Mɔgɔ dɔ bɛ ban ka sɛgɛsɛgɛli kɛ
alert-fire = Tasuma, mɔgɔw bɔli
alert-domestic-violence = Binkanni so kɔnɔ sisan
alert-followed = Mɔgɔ dɔ bɛ n nɔfɛ
report-received = I ka kunnafoni sɔrɔla. Nimɔrɔ: { $receipt }
minors-notice = I bɛ se ka sɛbɛnni kɛ k'a sɔrɔ i ma i tɔgɔ fɔ. Nka ni i ka ɲɛnamaya walima mɔgɔ wɛrɛ ta bɛ farati la, pulisi walima zandarimu bɛ se k'a ɲini ka a dɔn i ye min ye, walisa ka i lakana. I bɛ se ka 119 (denmisɛnw farati la) walima 3018 (tɔɔrɔli ɛntɛrinɛti kan) wele fana. A ye fu ye.
