# status: needs native review
# language: Punjabi
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = ਪੁਲਿਸ ਜਾਂ ਜੈਂਡਰਮੇਰੀ ਨੂੰ ਲਿਖੋ
call-17-112 = ਜੇ ਤੁਸੀਂ ਬੋਲ ਸਕਦੇ ਹੋ ਅਤੇ ਕਿਸੇ ਦੀ ਜਾਨ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ, ਤਾਂ 17 ਜਾਂ 112 'ਤੇ ਕਾਲ ਕਰੋ।
sms-114 = ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ 114 'ਤੇ SMS ਵੀ ਭੇਜ ਸਕਦੇ ਹੋ।
chat-you-are-writing-to = ਤੁਸੀਂ ਪੁਲਿਸ ਜਾਂ ਜੈਂਡਰਮੇਰੀ ਨੂੰ ਲਿਖ ਰਹੇ ਹੋ।
chat-describe = ਦੱਸੋ ਕੀ ਹੋ ਰਿਹਾ ਹੈ ਅਤੇ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ।
chat-cannot-talk = ਮੇਰੇ ਲਈ ਬੋਲਣਾ ਸੰਭਵ ਨਹੀਂ
chat-send = ਭੇਜੋ
chat-share-location = ਮੇਰੀ ਥਾਂ ਸਾਂਝੀ ਕਰੋ
location-consent = ਤੁਹਾਡੀ ਥਾਂ ਸਿਰਫ਼ ਉਸ ਪੁਲਿਸ ਜਾਂ ਜੈਂਡਰਮੇਰੀ ਨੂੰ ਜਾਂਦੀ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਰਹੀ ਹੈ, ਤਾਂ ਜੋ ਉਹ ਮਦਦ ਭੇਜ ਸਕੇ। ਸਾਂਝੀ ਕਰਨੀ ਹੈ ਜਾਂ ਨਹੀਂ, ਇਹ ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ।
chat-queue-position =
    { $position ->
        [1] ਤੁਸੀਂ ਕਤਾਰ ਵਿੱਚ ਸਭ ਤੋਂ ਅੱਗੇ ਹੋ।
        [one] ਕਤਾਰ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ: { $position }
       *[other] ਕਤਾਰ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ: { $position }
    }
quick-exit = ਫ਼ੌਰਨ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-explanation = ਐਪ ਨੂੰ ਫ਼ੌਰਨ ਬੰਦ ਕਰਦਾ ਹੈ ਅਤੇ ਇਸ ਫ਼ੋਨ ਤੋਂ ਗੱਲਬਾਤ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਜੇ ਨੈੱਟਵਰਕ ਹੋਵੇ, ਤਾਂ ਪੁਲਿਸ ਜਾਂ ਜੈਂਡਰਮੇਰੀ ਨੂੰ ਦੱਸਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਜਾਣਾ ਪਿਆ।
alert-armed-individual = ਹਥਿਆਰਬੰਦ ਵਿਅਕਤੀ
alert-intrusion = ਹੁਣੇ ਘੁਸਪੈਠ ਹੋ ਰਹੀ ਹੈ
alert-assault = ਹਮਲਾ
alert-refused-check = ਇੱਕ ਵਿਅਕਤੀ ਜਾਂਚ ਤੋਂ ਇਨਕਾਰ ਕਰ ਰਿਹਾ ਹੈ
alert-fire = ਅੱਗ, ਲੋਕਾਂ ਨੂੰ ਬਾਹਰ ਕੱਢਣਾ
alert-domestic-violence = ਹੁਣੇ ਘਰੇਲੂ ਹਿੰਸਾ ਹੋ ਰਹੀ ਹੈ
alert-followed = ਕੋਈ ਮੇਰਾ ਪਿੱਛਾ ਕਰ ਰਿਹਾ ਹੈ
report-received = ਤੁਹਾਡੀ ਰਿਪੋਰਟ ਮਿਲ ਗਈ ਹੈ। ਹਵਾਲਾ ਨੰਬਰ: { $receipt }
minors-notice = ਤੁਸੀਂ ਆਪਣਾ ਨਾਂ ਦੱਸੇ ਬਿਨਾਂ ਲਿਖ ਸਕਦੇ ਹੋ। ਪਰ ਜੇ ਤੁਹਾਡੀ ਜਾਂ ਕਿਸੇ ਹੋਰ ਦੀ ਜਾਨ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ, ਤਾਂ ਪੁਲਿਸ ਜਾਂ ਜੈਂਡਰਮੇਰੀ ਤੁਹਾਨੂੰ ਬਚਾਉਣ ਲਈ ਇਹ ਪਤਾ ਲਗਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ। ਤੁਸੀਂ 119 (ਖ਼ਤਰੇ ਵਿੱਚ ਬੱਚੇ) ਜਾਂ 3018 (ਔਨਲਾਈਨ ਤੰਗ-ਪਰੇਸ਼ਾਨੀ) 'ਤੇ ਵੀ ਕਾਲ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
