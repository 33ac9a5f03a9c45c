# status: needs native review
# language: Gujarati
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = પોલીસ અથવા જેન્ડરમેરીને લખો
call-17-112 = જો તમે બોલી શકો અને કોઈનો જીવ જોખમમાં હોય, તો 17 અથવા 112 પર કૉલ કરો.
sms-114 = જો તમે બોલી ન શકો, તો 114 પર SMS પણ મોકલી શકો છો.
chat-you-are-writing-to = તમે પોલીસ અથવા જેન્ડરમેરીને લખી રહ્યા છો.
chat-describe = શું થઈ રહ્યું છે અને તમે ક્યાં છો તે જણાવો.
chat-cannot-talk = મારા માટે બોલવું શક્ય નથી
chat-send = મોકલો
chat-share-location = મારું સ્થાન શેર કરો
location-consent = તમારું સ્થાન ફક્ત તે પોલીસ અથવા જેન્ડરમેરીને જાય છે જે તમને જવાબ આપી રહી છે, જેથી તે મદદ મોકલી શકે. શેર કરવું કે નહીં તે તમે નક્કી કરો છો.
chat-queue-position =
    { $position ->
        [1] તમે કતારમાં સૌથી આગળ છો.
        [one] કતારમાં તમારો નંબર: { $position }
       *[other] કતારમાં તમારો નંબર: { $position }
    }
quick-exit = તરત બહાર નીકળો
quick-exit-explanation = ઍપને તરત બંધ કરે છે અને આ ફોનમાંથી વાતચીત ભૂંસી નાખે છે. જો નેટવર્ક હોય, તો પોલીસ અથવા જેન્ડરમેરીને જણાવવામાં આવે છે કે તમારે જવું પડ્યું.
alert-armed-individual = હથિયારધારી વ્યક્તિ
alert-intrusion = હમણાં ઘૂસણખોરી થઈ રહી છે
alert-assault = હુમલો
alert-refused-check = એક વ્યક્તિ તપાસનો ઇનકાર કરે છે
alert-fire = આગ, લોકોને બહાર કાઢવા
alert-domestic-violence = હમણાં ઘરેલુ હિંસા થઈ રહી છે
alert-followed = કોઈ મારો પીછો કરી રહ્યું છે
report-received = તમારી રિપોર્ટ મળી ગઈ છે. સંદર્ભ નંબર: { $receipt }
minors-notice = તમે તમારું નામ કહ્યા વગર લખી શકો છો. પણ જો તમારો કે બીજા કોઈનો જીવ જોખમમાં હોય, તો પોલીસ અથવા જેન્ડરમેરી તમારું રક્ષણ કરવા માટે તમે કોણ છો તે જાણવાનો પ્રયાસ કરી શકે છે. તમે 119 (જોખમમાં બાળકો) અથવા 3018 (ઑનલાઇન હેરાનગતિ) પર પણ કૉલ કરી શકો છો. તે મફત છે.
