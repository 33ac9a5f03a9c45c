# status: needs native review
# language: Kirundi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Andikira polisi canke jandarumori
call-17-112 = Nimba ushobora kuvuga kandi hari ubuzima buri mu kaga, hamagara 17 canke 112.
sms-114 = Nimba udashobora kuvuga, urashobora kandi kurungika SMS kuri 114.
chat-you-are-writing-to = Uriko urandikira polisi canke jandarumori.
chat-describe = Dondora ibiriko biraba n'aho uri.
chat-cannot-talk = Sinshobora kuvuga
chat-send = Rungika
chat-share-location = Sangiza aho ndi
location-consent = Aho uri harungikwa gusa kuri polisi canke jandarumori iriko irakwishura, kugira ngo bashobore kurungika imfashanyo. Ni wewe uhitamwo nimba uhasangiza.
chat-queue-position =
    { $position ->
        [1] Ni wewe wa mbere ku murongo.
       *[other] Inomero yawe ku murongo: { $position }
    }
quick-exit = Sohoka vuba
quick-exit-explanation = Yugara porogarama ako kanya kandi igahanagura ikiyago kuri iyi terefone. Nimba hari umurongo, polisi canke jandarumori bamenyeshwa ko wategerezwa kugenda.
alert-armed-individual = Umuntu yitwaje ikirwanisho
alert-intrusion = Umuntu yinjiye atarekuriwe ubu
alert-assault = Igitero
alert-refused-check = Umuntu yanse gusuzumwa
alert-fire = Umuriro, gukura abantu aho
alert-domestic-violence = Ubukazi mu rugo ubu
alert-followed = Hari umuntu ankurikira
report-received = Icegeranyo cawe carakiriwe. Inomero yo gukurikirana: { $receipt }
minors-notice = Urashobora kwandika utavuze izina ryawe. Mugabo nimba ubuzima bwawe canke ubw'uwundi buri mu kaga, polisi canke jandarumori irashobora kugerageza kumenya uwo uri we, kugira ngo igukingire. Urashobora kandi guhamagara 119 (abana bari mu kaga) canke 3018 (guhamwa kuri interineti). Ni ubuntu.
