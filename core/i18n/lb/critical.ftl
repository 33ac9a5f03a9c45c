# status: needs native review
# language: Luxembourgish
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Der Police oder der Gendarmerie schreiwen
call-17-112 = Wann Dir schwätze kënnt an e Liewen a Gefor ass, rufft 17 oder 112 un.
sms-114 = Wann Dir net schwätze kënnt, kënnt Dir och eng SMS op 114 schécken.
chat-you-are-writing-to = Dir schreift der Police oder der Gendarmerie.
chat-describe = Beschreift, wat geschitt a wou Dir sidd.
chat-cannot-talk = Ech ka net schwätzen
chat-send = Schécken
chat-share-location = Mäi Standuert deelen
location-consent = Äre Standuert geet just un d'Police oder d'Gendarmerie, déi Iech äntwert, fir datt se Hëllef schécke kann. Dir entscheet, ob Dir en deelt.
chat-queue-position =
    { $position ->
        [1] Dir sidd als Nächst drun.
        [one] Dir sidd Nummer { $position } an der Schlaang.
       *[other] Dir sidd Nummer { $position } an der Schlaang.
    }
quick-exit = Séier eraus
quick-exit-explanation = Mécht d'App direkt zou a läscht d'Gespréich vun dësem Telefon. Wann et Netz gëtt, kritt d'Police oder d'Gendarmerie Bescheed, datt Dir fort musst.
alert-armed-individual = Bewaffnete Persoun
alert-intrusion = Abroch oder Andréngen am Gaang
alert-assault = Ugrëff
alert-refused-check = Eng Persoun refuséiert eng Kontroll
alert-fire = Brand, Evakuéierung
alert-domestic-violence = Gewalt doheem, elo grad
alert-followed = Een ass hannert mir hier
report-received = Är Meldung ass ukomm. Referenznummer: { $receipt }
minors-notice = Du kanns schreiwen, ouni däin Numm ze soen. Mee wann däi Liewen oder dat vun engem aneren a Gefor ass, kann d'Police oder d'Gendarmerie probéieren erauszefannen, wien s du bass, fir dech ze schützen. Du kanns och 119 (Kanner a Gefor) oder 3018 (Belästegung um Internet) uruffen. Dat ass gratis.
