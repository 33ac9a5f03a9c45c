# status: needs native review
# language: German
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = An Polizei oder Gendarmerie schreiben
call-17-112 = Wenn Sie sprechen können und ein Leben in Gefahr ist, rufen Sie 17 oder 112 an.
sms-114 = Wenn Sie nicht sprechen können, können Sie auch eine SMS an 114 senden.
chat-you-are-writing-to = Sie schreiben an die Polizei oder Gendarmerie.
chat-describe = Beschreiben Sie, was passiert und wo Sie sind.
chat-cannot-talk = Ich kann nicht sprechen
chat-send = Senden
chat-share-location = Meinen Standort teilen
location-consent = Ihr Standort geht nur an die Polizei oder Gendarmerie, die Ihnen antwortet, damit sie Hilfe schicken kann. Sie entscheiden, ob Sie ihn teilen.
chat-queue-position =
    { $position ->
        [1] Sie sind ganz vorne in der Warteschlange.
        [one] Sie sind Nummer { $position } in der Warteschlange.
       *[other] Sie sind Nummer { $position } in der Warteschlange.
    }
quick-exit = Schnell verlassen
quick-exit-explanation = Schließt die App sofort und löscht das Gespräch von diesem Telefon. Wenn das Netz es erlaubt, erfährt die Polizei oder Gendarmerie, dass Sie gehen mussten.
alert-armed-individual = Bewaffnete Person
alert-intrusion = Eindringling vor Ort
alert-assault = Angriff auf eine Person
alert-refused-check = Eine Person verweigert eine Kontrolle
alert-fire = Brand, Evakuierung
alert-domestic-violence = Häusliche Gewalt, gerade jetzt
alert-followed = Jemand verfolgt mich
report-received = Ihre Meldung ist angekommen. Vorgangsnummer: { $receipt }
minors-notice = Du kannst schreiben, ohne deinen Namen zu nennen. Aber wenn dein Leben oder das eines anderen Menschen in Gefahr ist, kann die Polizei oder Gendarmerie versuchen herauszufinden, wer du bist, um dich zu schützen. Du kannst auch die 119 (Kinder in Gefahr) oder die 3018 (Belästigung im Internet) anrufen. Das ist kostenlos.
