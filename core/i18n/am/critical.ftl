# status: needs native review
# language: Amharic
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = ለፖሊስ ወይም ለጀንዳርሜሪ ይጻፉ
call-17-112 = መናገር ከቻሉ እና የሰው ሕይወት አደጋ ላይ ከሆነ፣ ወደ 17 ወይም 112 ይደውሉ።
sms-114 = መናገር ካልቻሉ፣ ወደ 114 SMS መላክም ይችላሉ።
chat-you-are-writing-to = ለፖሊስ ወይም ለጀንዳርሜሪ እየጻፉ ነው።
chat-describe = ምን እየሆነ እንዳለና የት እንዳሉ ይግለጹ።
chat-cannot-talk = መናገር አልችልም
chat-send = ላክ
chat-share-location = አካባቢዬን አጋራ
location-consent = አካባቢዎ የሚላከው መልስ ለሚሰጥዎ ፖሊስ ወይም ጀንዳርሜሪ ብቻ ነው፣ እርዳታ እንዲልኩ። ማጋራት አለማጋራት የእርስዎ ምርጫ ነው።
chat-queue-position =
    { $position ->
        [1] በወረፋው የመጀመሪያው እርስዎ ነዎት።
        [one] በወረፋው ያለዎት ቁጥር: { $position }
       *[other] በወረፋው ያለዎት ቁጥር: { $position }
    }
quick-exit = በፍጥነት ውጣ
quick-exit-explanation = መተግበሪያውን ወዲያውኑ ይዘጋል፣ ውይይቱንም ከዚህ ስልክ ያጠፋል። ኔትወርክ ካለ፣ መሄድ እንዳለብዎት ለፖሊስ ወይም ለጀንዳርሜሪ ይነገራል።
alert-armed-individual = የታጠቀ ሰው
alert-intrusion = አሁን ያለፈቃድ መግባት
alert-assault = ጥቃት
alert-refused-check = አንድ ሰው ፍተሻን እምቢ እያለ ነው
alert-fire = እሳት፣ ሰዎችን ማስወጣት
alert-domestic-violence = አሁን የቤት ውስጥ ጥቃት እየደረሰ ነው
alert-followed = አንድ ሰው እየተከተለኝ ነው
report-received = ሪፖርትዎ ደርሷል። የመከታተያ ቁጥር: { $receipt }
minors-notice = ስምዎን ሳይናገሩ መጻፍ ይችላሉ። ነገር ግን የእርስዎ ወይም የሌላ ሰው ሕይወት አደጋ ላይ ከሆነ፣ ፖሊስ ወይም ጀንዳርሜሪ እርስዎን ለመጠበቅ ማን እንደሆኑ ለማወቅ ሊሞክር ይችላል። ወደ 119 (አደጋ ላይ ያሉ ልጆች) ወይም 3018 (የመስመር ላይ ትንኮሳ) መደወልም ይችላሉ። ነጻ ነው።
