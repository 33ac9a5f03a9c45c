# status: needs native review
# language: Afrikaans
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Skryf aan die polisie of gendarmerie
call-17-112 = As jy kan praat en 'n lewe is in gevaar, bel 17 of 112.
sms-114 = As jy nie kan praat nie, kan jy ook 'n SMS na 114 stuur.
chat-you-are-writing-to = Jy skryf aan die polisie of gendarmerie.
chat-describe = Beskryf wat gebeur en waar jy is.
chat-cannot-talk = Ek kan nie praat nie
chat-send = Stuur
chat-share-location = Deel my ligging
location-consent = Jou ligging gaan net na die polisie of gendarmerie wat jou antwoord, sodat hulle hulp kan stuur. Jy kies self of jy dit deel.
chat-queue-position =
    { $position ->
        [1] Jy is eerste in die tou.
        [one] Jy is nommer { $position } in die tou.
       *[other] Jy is nommer { $position } in die tou.
    }
quick-exit = Vinnige uitgang
quick-exit-explanation = Maak die toep dadelik toe en vee die gesprek van hierdie foon af uit. As daar 'n netwerk is, kry die polisie of gendarmerie 'n boodskap dat jy moes weggaan.
alert-armed-individual = Gewapende persoon
alert-intrusion = Indringer op die perseel
alert-assault = Aanranding
alert-refused-check = Iemand weier 'n kontrole
alert-fire = Brand, ontruiming
alert-domestic-violence = Gesinsgeweld nou
alert-followed = Iemand volg my
report-received = Jou verslag is ontvang. Verwysingsnommer: { $receipt }
minors-notice = Jy kan skryf sonder om jou naam te gee. Maar as jou lewe of iemand anders s'n in gevaar is, kan die polisie of gendarmerie probeer uitvind wie jy is, om jou te beskerm. Jy kan ook 119 (kinders in gevaar) of 3018 (teistering aanlyn) bel. Dit is gratis.
