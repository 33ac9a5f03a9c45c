# status: needs native review
# language: Sinhala
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = පොලිසියට හෝ ජෙන්ඩාර්මරියට ලියන්න
call-17-112 = ඔබට කතා කළ හැකි නම් සහ ජීවිතයක් අනතුරේ නම්, 17 හෝ 112 අමතන්න.
sms-114 = ඔබට කතා කළ නොහැකි නම්, 114 ට SMS එකක්ද යැවිය හැක.
chat-you-are-writing-to = ඔබ පොලිසියට හෝ ජෙන්ඩාර්මරියට ලියමින් සිටී.
chat-describe = සිදුවන්නේ කුමක්ද, ඔබ සිටින්නේ කොහේද යන්න විස්තර කරන්න.
chat-cannot-talk = මට කතා කළ නොහැක
chat-send = යවන්න
chat-share-location = මගේ ස්ථානය බෙදාගන්න
location-consent = ඔබේ ස්ථානය යවනු ලබන්නේ ඔබට පිළිතුරු දෙන පොලිසියට හෝ ජෙන්ඩාර්මරියට පමණි, උදව් එවීමට හැකි වන පරිදි. එය බෙදාගන්නවාද නැද්ද යන්න ඔබ තීරණය කරයි.
chat-queue-position =
    { $position ->
        [1] ඔබ පෝලිමේ පළමුවැන්නා වේ.
        [one] පෝලිමේ ඔබේ අංකය: { $position }
       *[other] පෝලිමේ ඔබේ අංකය: { $position }
    }
quick-exit = ඉක්මන් පිටවීම
quick-exit-explanation = යෙදුම වහාම වසා මෙම දුරකථනයෙන් සංවාදය මකා දමයි. ජාලය ඇත්නම්, ඔබට පිටව යාමට සිදු වූ බව පොලිසියට හෝ ජෙන්ඩාර්මරියට දැනුම් දෙනු ලැබේ.
alert-armed-individual = ආයුධ සන්නද්ධ පුද්ගලයෙක්
alert-intrusion = දැන් අනවසරයෙන් ඇතුළු වීමක්
alert-assault = පහරදීමක්
alert-refused-check = පුද්ගලයෙක් පරීක්ෂාවට ප්‍රතික්ෂේප කරයි
alert-fire = ගින්න, ඉවත් කිරීම
alert-domestic-violence = දැන් ගෘහස්ථ හිංසනයක් සිදුවේ
alert-followed = කවුරුහරි මා පසුපස එයි
report-received = ඔබේ වාර්තාව ලැබුණි. යොමු අංකය: { $receipt }
minors-notice = ඔබේ නම නොකියා ලිවිය හැක. නමුත් ඔබේ හෝ වෙනත් අයෙකුගේ ජීවිතය අනතුරේ නම්, ඔබව ආරක්ෂා කිරීමට පොලිසිය හෝ ජෙන්ඩාර්මරිය ඔබ කවුදැයි සොයා ගැනීමට උත්සාහ කළ හැක. ඔබට 119 (අනතුරේ සිටින ළමයින්) හෝ 3018 (මාර්ගගත හිරිහැර) ද ඇමතිය හැක. එය නොමිලේ.
