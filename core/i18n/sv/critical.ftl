# status: needs native review
# language: Swedish
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skriv till polisen eller gendarmeriet
call-17-112 = Om du kan prata och ett liv är i fara, ring 17 eller 112.
sms-114 = Om du inte kan prata kan du också skicka sms till 114.
chat-you-are-writing-to = Du skriver till polisen eller gendarmeriet.
chat-describe = Beskriv vad som händer och var du är.
chat-cannot-talk = Jag kan inte prata
chat-send = Skicka
chat-share-location = Dela min plats
location-consent = Din plats skickas bara till polisen eller gendarmeriet som svarar dig, så att de kan skicka hjälp. Du väljer själv om du delar den.
chat-queue-position =
    { $position ->
        [1] Du står först i kön.
        [one] Du är nummer { $position } i kön.
       *[other] Du är nummer { $position } i kön.
    }
quick-exit = Snabb utgång
quick-exit-explanation = Stänger appen direkt och raderar samtalet från den här telefonen. Om nätet fungerar får polisen eller gendarmeriet veta att du var tvungen att gå.
alert-armed-individual = Beväpnad person
alert-intrusion = Intrång pågår
alert-assault = Misshandel
alert-refused-check = Någon vägrar en kontroll
alert-fire = Brand, utrymning
alert-domestic-violence = Våld i nära relation, just nu
alert-followed = Någon förföljer mig
report-received = Din anmälan har tagits emot. Referensnummer: { $receipt }
minors-notice = Du kan skriva utan att säga ditt namn. Men om ditt eller någon annans liv är i fara kan polisen eller gendarmeriet försöka ta reda på vem du är, för att skydda dig. Du kan också ringa 119 (barn i fara) eller 3018 (trakasserier på nätet). Det är gratis.
