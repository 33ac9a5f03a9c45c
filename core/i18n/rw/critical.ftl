# status: needs native review
# language: Kinyarwanda
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Andikira polisi cyangwa jandarumori
call-17-112 = Niba ushobora kuvuga kandi hari ubuzima buri mu kaga, hamagara 17 cyangwa 112.
sms-114 = Niba udashobora kuvuga, ushobora no kohereza SMS kuri 114.
chat-you-are-writing-to = Urimo kwandikira polisi cyangwa jandarumori.
chat-describe = Sobanura ibiri kuba n'aho uri.
chat-cannot-talk = Sinshobora kuvuga
chat-send = Ohereza
chat-share-location = Sangiza aho ndi
location-consent = Aho uri hoherezwa gusa kuri polisi cyangwa jandarumori irimo kugusubiza, kugira ngo bashobore kohereza ubufasha. Ni wowe uhitamo niba ubisangiza.
chat-queue-position =
    { $position ->
        [1] Ni wowe wa mbere ku murongo.
       *[other] Nimero yawe ku murongo: { $position }
    }
quick-exit = Sohoka vuba
quick-exit-explanation = Ifunga porogaramu ako kanya kandi igasiba ikiganiro kuri iyi telefoni. Niba hari umuyoboro, polisi cyangwa jandarumori bamenyeshwa ko wagombye kugenda.
alert-armed-individual = Umuntu witwaje intwaro
alert-intrusion = Umuntu yinjiye nta burenganzira ubu
alert-assault = Igitero
alert-refused-check = Umuntu yanze gusakwa
alert-fire = Inkongi, kwimura abantu
alert-domestic-violence = Ihohoterwa mu rugo ubu
alert-followed = Hari umuntu unkurikira
report-received = Raporo yawe yakiriwe. Nimero y'ikurikirana: { $receipt }
minors-notice = Ushobora kwandika utavuze izina ryawe. Ariko niba ubuzima bwawe cyangwa ubw'undi muntu buri mu kaga, polisi cyangwa jandarumori bashobora kugerageza kumenya uwo uri we, kugira ngo bakurinde. Ushobora no guhamagara 119 (abana bari mu kaga) cyangwa 3018 (gutotezwa kuri interineti). Ni ubuntu.
