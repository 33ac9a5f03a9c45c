# status: needs native review
# language: Hausa
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Rubuta wa 'yan sanda ko jandarma
call-17-112 = Idan kuna iya magana kuma akwai rai cikin haɗari, ku kira 17 ko 112.
sms-114 = Idan ba ku iya magana, kuna iya aika SMS zuwa 114.
chat-you-are-writing-to = Kuna rubutawa 'yan sanda ko jandarma.
chat-describe = Bayyana abin da ke faruwa da inda kuke.
chat-cannot-talk = Ba zan iya magana ba
chat-send = Aika
chat-share-location = Raba wurin da nake
location-consent = Ana aika wurin da kuke ne kawai ga 'yan sanda ko jandarma da ke amsa muku, domin su aiko da taimako. Ku ne kuke zaɓa ko za ku raba shi.
chat-queue-position =
    { $position ->
        [1] Ku ne na farko a layi.
        [one] Lambarku a layi: { $position }
       *[other] Lambarku a layi: { $position }
    }
quick-exit = Fita da sauri
quick-exit-explanation = Yana rufe manhajar nan take kuma yana goge hirar daga wannan wayar. Idan akwai hanyar sadarwa, za a sanar da 'yan sanda ko jandarma cewa dole ku tafi.
alert-armed-individual = Mutum mai makami
alert-intrusion = Wani ya shigo ba tare da izini ba yanzu
alert-assault = Hari
alert-refused-check = Wani yana ƙin a bincike shi
alert-fire = Gobara, fitar da mutane
alert-domestic-violence = Cin zarafi a gida yana faruwa yanzu
alert-followed = Wani yana bina
report-received = An karɓi rahotonku. Lambar bibiya: { $receipt }
minors-notice = Kuna iya rubutu ba tare da faɗin sunanku ba. Amma idan rayuwarku ko ta wani tana cikin haɗari, 'yan sanda ko jandarma za su iya ƙoƙarin sanin ko ku wane ne, don su kare ku. Kuna iya kiran 119 (yara cikin haɗari) ko 3018 (cin zarafi a intanet). Kyauta ne.
