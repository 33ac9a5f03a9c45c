# status: needs native review
# language: Ewe
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ŋlɔ na kpovitɔwo alo gendarmerie
call-17-112 = Ne àte ŋu aƒo nu eye ame aɖe ƒe agbe le afɔku me la, ƒo ka na 17 alo 112.
sms-114 = Ne màte ŋu aƒo nu o la, àte ŋu aɖo SMS ɖe 114 hã.
chat-you-are-writing-to = Èle nu ŋlɔm na kpovitɔwo alo gendarmerie.
chat-describe = Ɖe nu si le dzɔdzɔm kple afi si nèle me.
chat-cannot-talk = Nyemate ŋu aƒo nu o
chat-send = Ɖoe ɖa
chat-share-location = Ma nye teƒe
location-consent = Woɖoa wò teƒe ɖe kpovitɔ alo gendarmerie siwo le ŋu ɖom na wò ɖeɖeko, be woate ŋu aɖo kpekpeɖeŋu ɖa. Wòe tiaa be yeama alo o.
chat-queue-position =
    { $position ->
        [1] Wòe nye gbãtɔ le fli la me.
        [one] Wò xexlẽdzesi le fli la me: { $position }
       *[other] Wò xexlẽdzesi le fli la me: { $position }
    }
quick-exit = Do go kaba
quick-exit-explanation = Etua app la enumake eye wòtutua dzeɖoɖoa ɖa le fon sia dzi. Ne network li la, woagblɔ na kpovitɔwo alo gendarmerie be ele be nàdzo.
alert-armed-individual = Ame si lé aʋawɔnu
alert-intrusion = Ame aɖe ge ɖe eme mɔɖeɖe manɔmee fifia
alert-assault = Amedzidzedze
alert-refused-check = Ame aɖe gbe be woadzro ye me
alert-fire = Dzo, amewo ɖeɖe ɖa
alert-domestic-violence = Ŋutasesẽ le aƒeme fifia
alert-followed = Ame aɖe le yonyeme
report-received = Woxɔ wò nyatakaka. Xexlẽdzesi: { $receipt }
minors-notice = Àte ŋu aŋlɔ nu esime mèyɔ wò ŋkɔ o. Gake ne wò agbe alo ame bubu ƒe agbe le afɔku me la, kpovitɔwo alo gendarmerie ate ŋu adze agbagba anya amesi nènye, be yewoakpɔ tawò. Àte ŋu aƒo ka na 119 (ɖevi siwo le afɔku me) alo 3018 (fuɖename le internet dzi) hã. Femaxee wònye.
