# status: needs native review
# language: Odia
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = ପୋଲିସ କିମ୍ବା ଜେଣ୍ଡରମେରୀକୁ ଲେଖନ୍ତୁ
call-17-112 = ଯଦି ଆପଣ କଥା କହିପାରିବେ ଏବଂ କାହାର ଜୀବନ ବିପଦରେ ଅଛି, 17 କିମ୍ବା 112 କୁ କଲ କରନ୍ତୁ।
sms-114 = ଯଦି ଆପଣ କଥା କହିପାରୁନାହାନ୍ତି, 114 କୁ SMS ମଧ୍ୟ ପଠାଇପାରିବେ।
chat-you-are-writing-to = ଆପଣ ପୋଲିସ କିମ୍ବା ଜେଣ୍ଡରମେରୀକୁ ଲେଖୁଛନ୍ତି।
chat-describe = କ'ଣ ଘଟୁଛି ଏବଂ ଆପଣ କେଉଁଠି ଅଛନ୍ତି ବର୍ଣ୍ଣନା କରନ୍ତୁ।
chat-cannot-talk = ମୁଁ କଥା କହିପାରୁନାହିଁ
chat-send = ପଠାନ୍ତୁ
chat-share-location = ମୋ ଅବସ୍ଥାନ ସେୟାର କରନ୍ତୁ
location-consent = ଆପଣଙ୍କ ଅବସ୍ଥାନ କେବଳ ଆପଣଙ୍କୁ ଉତ୍ତର ଦେଉଥିବା ପୋଲିସ କିମ୍ବା ଜେଣ୍ଡରମେରୀକୁ ପଠାଯାଏ, ଯାହାଦ୍ୱାରା ସେମାନେ ସାହାଯ୍ୟ ପଠାଇପାରିବେ। ସେୟାର କରିବେ କି ନାହିଁ ଆପଣ ବାଛନ୍ତି।
chat-queue-position =
    { $position ->
        [1] ଆପଣ ଧାଡ଼ିରେ ପ୍ରଥମ।
        [one] ଧାଡ଼ିରେ ଆପଣଙ୍କ ନମ୍ବର: { $position }
       *[other] ଧାଡ଼ିରେ ଆପଣଙ୍କ ନମ୍ବର: { $position }
    }
quick-exit = ଶୀଘ୍ର ବାହାରନ୍ତୁ
quick-exit-explanation = ଆପ୍‌କୁ ତୁରନ୍ତ ବନ୍ଦ କରେ ଏବଂ ଏହି ଫୋନରୁ କଥାବାର୍ତ୍ତା ଲିଭାଇଦିଏ। ନେଟୱାର୍କ ଥିଲେ, ଆପଣଙ୍କୁ ଚାଲିଯିବାକୁ ପଡ଼ିଲା ବୋଲି ପୋଲିସ କିମ୍ବା ଜେଣ୍ଡରମେରୀକୁ ଜଣାଯାଏ।
alert-armed-individual = ସଶସ୍ତ୍ର ବ୍ୟକ୍ତି
alert-intrusion = ବର୍ତ୍ତମାନ ଅନଧିକାର ପ୍ରବେଶ ହେଉଛି
alert-assault = ଆକ୍ରମଣ
alert-refused-check = ଜଣେ ବ୍ୟକ୍ତି ଯାଞ୍ଚ ମନା କରୁଛନ୍ତି
alert-fire = ନିଆଁ, ଲୋକଙ୍କୁ ବାହାର କରିବା
alert-domestic-violence = ବର୍ତ୍ତମାନ ଘରୋଇ ହିଂସା ହେଉଛି
alert-followed = କେହି ମୋତେ ପିଛା କରୁଛନ୍ତି
report-received = ଆପଣଙ୍କ ରିପୋର୍ଟ ମିଳିଛି। ସନ୍ଦର୍ଭ ନମ୍ବର: { $receipt }
minors-notice = ତୁମେ ନିଜ ନାମ ନକହି ଲେଖିପାରିବ। କିନ୍ତୁ ଯଦି ତୁମର କିମ୍ବା ଅନ୍ୟ କାହାର ଜୀବନ ବିପଦରେ ଅଛି, ପୋଲିସ କିମ୍ବା ଜେଣ୍ଡରମେରୀ ତୁମକୁ ସୁରକ୍ଷା ଦେବା ପାଇଁ ତୁମେ କିଏ ଜାଣିବାକୁ ଚେଷ୍ଟା କରିପାରେ। ତୁମେ 119 (ବିପଦରେ ଥିବା ପିଲା) କିମ୍ବା 3018 (ଅନଲାଇନ ହଇରାଣ) କୁ ମଧ୍ୟ କଲ କରିପାରିବ। ଏହା ମାଗଣା।
