# status: needs native review
# language: Turkmen
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Polisiýa ýa-da žandarmeriýa ýaz
call-17-112 = Gürläp bilýän bolsaňyz we kimdir biriniň ömri howp astynda bolsa, 17 ýa-da 112 belgä jaň ediň.
sms-114 = Gürläp bilmeýän bolsaňyz, 114 belgä SMS hem iberip bilersiňiz.
chat-you-are-writing-to = Siz polisiýa ýa-da žandarmeriýa ýazýarsyňyz.
chat-describe = Näme bolýandygyny we nirededigiňizi ýazyň.
chat-cannot-talk = Men gürläp bilemok
chat-send = Iber
chat-share-location = Ýerleşýän ýerimi paýlaş
location-consent = Ýerleşýän ýeriňiz diňe size jogap berýän polisiýa ýa-da žandarmeriýa iberilýär, kömek iberip bilmekleri üçin. Paýlaşmak ýa-da paýlaşmazlygy özüňiz saýlaýarsyňyz.
chat-queue-position =
    { $position ->
        [1] Siz nobatda birinji.
        [one] Nobatdaky belgiňiz: { $position }
       *[other] Nobatdaky belgiňiz: { $position }
    }
quick-exit = Çalt çykyş
quick-exit-explanation = Programmany derrew ýapýar we gürrüňi bu telefondan pozýar. Tor bar bolsa, polisiýa ýa-da žandarmeriýa gitmeli bolandygyňyz habar berilýär.
alert-armed-individual = Ýaragly adam
alert-intrusion = Häzir bikanun girmek bolýar
alert-assault = Hüjüm
alert-refused-check = Biri barlagdan ýüz dönderýär
alert-fire = Ýangyn, ewakuasiýa
alert-domestic-violence = Häzir maşgala zorlugy bolýar
alert-followed = Kimdir biri meniň yzyma düşýär
report-received = Habaryňyz kabul edildi. Salgylanma belgisi: { $receipt }
minors-notice = Adyňy aýtman ýazyp bilersiň. Emma seniň ýa-da başga biriniň ömri howp astynda bolsa, polisiýa ýa-da žandarmeriýa seni goramak üçin kimdigiňi bilmäge synanyşyp biler. 119 (howp astyndaky çagalar) ýa-da 3018 (internetde yzarlamak) belgilerine hem jaň edip bilersiň. Bu mugt.
