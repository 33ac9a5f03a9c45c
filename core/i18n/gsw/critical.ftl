# status: needs native review
# language: Alsatian
# confidence: low (machine-quality translation by a non-native writer)
# note: Alsatian (Elsässisch) as written in Alsace; spelling varies by area
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Dr Polizei oder dr Gendarmerie schriwe
call-17-112 = Wenn Ihr rede känne un e Lawe in Gfohr isch, rüefe 17 oder 112 an.
sms-114 = Wenn Ihr nit rede känne, känne Ihr au e SMS an 114 schicke.
chat-you-are-writing-to = Ihr schriewe dr Polizei oder dr Gendarmerie.
chat-describe = Beschriewe, was passiert un wo Ihr sin.
chat-cannot-talk = Ich kann nit rede
chat-send = Schicke
chat-share-location = Mi Standort teile
location-consent = Eier Standort geht numme an d'Polizei oder d'Gendarmerie, wo Eich antwortet, dass si Hilf schicke kann. Ihr entscheide, ob Ihr ne teile.
chat-queue-position =
    { $position ->
        [1] Ihr sin als Nächschts dran.
        [one] Ihr sin Nummer { $position } in dr Schlang.
       *[other] Ihr sin Nummer { $position } in dr Schlang.
    }
quick-exit = Schnall verlo
quick-exit-explanation = Macht d'App sofort zue un lescht s'Gspräch vun dem Telefon. Wenn's Netz het, erfahrt d'Polizei oder d'Gendarmerie, dass Ihr gehn han müen.
alert-armed-individual = Bewaffneti Person
alert-intrusion = Eindringling do
alert-assault = Agriff
alert-refused-check = Eini Person verweigert e Kontroll
alert-fire = Brand, Evakuierung
alert-domestic-violence = Hüslichi Gwalt, grad jetz
alert-followed = Eijner lauft mir noch
report-received = Eier Meldung isch akumme. Nummer: { $receipt }
minors-notice = Dü kannsch schriwe, ohne dinne Name z'saue. Awer wenn din Lawe oder s'Lawe vun eijm andere in Gfohr isch, kann d'Polizei oder d'Gendarmerie versuche z'erfahre, wer dü bisch, fer di z'schitze. Dü kannsch au d'119 (Kinder in Gfohr) oder d'3018 (Belästigung im Internet) anrüefe. Des koscht nix.
