# status: needs native review
# language: Tigrinya
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = ንፖሊስ ወይ ንጀንዳርመሪ ጽሓፉ
call-17-112 = ክትዛረቡ እንተኽኢልኩም ሕይወት ሰብ ድማ ኣብ ሓደጋ እንተሎ፣ ናብ 17 ወይ 112 ደውሉ።
sms-114 = ክትዛረቡ እንተዘይክኢልኩም፣ ናብ 114 SMS ክትሰዱ እውን ትኽእሉ ኢኹም።
chat-you-are-writing-to = ንፖሊስ ወይ ንጀንዳርመሪ ትጽሕፉ ኣለኹም።
chat-describe = እንታይ ይኸውን ከም ዘሎን ኣበይ ከም ዘለኹምን ግለጹ።
chat-cannot-talk = ክዛረብ ኣይክእልን
chat-send = ስደድ
chat-share-location = ቦታይ ኣካፍል
location-consent = ቦታኹም ዝለኣኽ ንዝምልሰልኩም ፖሊስ ወይ ጀንዳርመሪ ጥራይ እዩ፣ ሓገዝ ክሰዱ ምእንቲ። ምክፋሉ ወይ ዘይምክፋሉ ናትኩም ምርጫ እዩ።
chat-queue-position =
    { $position ->
        [1] ኣብ መስርዕ ቀዳማይ ኢኹም።
        [one] ኣብ መስርዕ ዘለኩም ቁጽሪ: { $position }
       *[other] ኣብ መስርዕ ዘለኩም ቁጽሪ: { $position }
    }
quick-exit = ቀልጢፍካ ውጻእ
quick-exit-explanation = ነቲ ኣፕ ብቕጽበት ይዓጽዎ፣ ዝርርብ ድማ ካብዚ ተሌፎን ይድምስሶ። ኔትወርክ እንተሎ፣ ክትከዱ ከም ዝግብኣኩም ንፖሊስ ወይ ጀንዳርመሪ ይሕበር።
alert-armed-individual = ዕጡቕ ሰብ
alert-intrusion = ሕጂ ብዘይ ፍቓድ ምእታው
alert-assault = መጥቃዕቲ
alert-refused-check = ሓደ ሰብ ምፍታሽ ይኣቢ ኣሎ
alert-fire = ሓዊ፣ ሰባት ምውጻእ
alert-domestic-violence = ሕጂ ዓመጽ ኣብ ገዛ ይፍጸም ኣሎ
alert-followed = ሓደ ሰብ ይስዕበኒ ኣሎ
report-received = ጸብጻብኩም በጺሑ። ቁጽሪ ምክትታል: { $receipt }
minors-notice = ስምኩም ከይገለጽኩም ክትጽሕፉ ትኽእሉ ኢኹም። ግን ሕይወትኩም ወይ ሕይወት ካልእ ሰብ ኣብ ሓደጋ እንተሎ፣ ፖሊስ ወይ ጀንዳርመሪ ንምሕላውኩም መን ምዃንኩም ክፈልጡ ክፍትኑ ይኽእሉ። ናብ 119 (ኣብ ሓደጋ ዘለዉ ቆልዑ) ወይ 3018 (ኣብ መርበብ ሓበሬታ ምጭናቕ) እውን ክትድውሉ ትኽእሉ ኢኹም። ብነጻ እዩ።
