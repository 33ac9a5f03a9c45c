# status: needs native review
# language: Central Kurdish
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = نووسین بۆ پۆلیس یان جەندرمە
call-17-112 = ئەگەر دەتوانیت قسە بکەیت و ژیانێک لە مەترسیدایە، پەیوەندی بە 17 یان 112 بکە.
sms-114 = ئەگەر ناتوانیت قسە بکەیت، دەتوانیت نامەیەکی کورت (SMS) بۆ 114 بنێریت.
chat-you-are-writing-to = ئێوە بۆ پۆلیس یان جەندرمە دەنووسن.
chat-describe = باسی بکە چی ڕوودەدات و لە کوێیت.
chat-cannot-talk = ناتوانم قسە بکەم
chat-send = ناردن
chat-share-location = شوێنەکەم هاوبەش بکە
location-consent = شوێنەکەت تەنها بۆ ئەو پۆلیس یان جەندرمەیە دەنێردرێت کە وەڵامت دەداتەوە، بۆ ئەوەی یارمەتی بنێرن. خۆت هەڵدەبژێریت کە هاوبەشی بکەیت یان نا.
chat-queue-position =
    { $position ->
        [1] تۆ یەکەمی لە ڕیزدا.
        [one] ژمارەی تۆ لە ڕیزدا: { $position }
       *[other] ژمارەی تۆ لە ڕیزدا: { $position }
    }
quick-exit = دەرچوونی خێرا
quick-exit-explanation = ئەپەکە دەستبەجێ دادەخات و گفتوگۆکە لەم مۆبایلە دەسڕێتەوە. ئەگەر تۆڕ هەبێت، پۆلیس یان جەندرمە ئاگادار دەکرێتەوە کە ناچار بوویت بڕۆیت.
alert-armed-individual = کەسێکی چەکدار
alert-intrusion = چوونە ژوورەوەی نایاسایی ئێستا
alert-assault = هێرش
alert-refused-check = کەسێک پشکنین ڕەت دەکاتەوە
alert-fire = ئاگر، چۆڵکردن
alert-domestic-violence = توندوتیژی خێزانی ئێستا
alert-followed = کەسێک بەدوامدا دێت
report-received = ڕاپۆرتەکەت گەیشت. ژمارەی بەدواداچوون: { $receipt }
minors-notice = دەتوانیت بەبێ گوتنی ناوت بنووسیت. بەڵام ئەگەر ژیانی تۆ یان کەسێکی تر لە مەترسیدا بێت، پۆلیس یان جەندرمە لەوانەیە هەوڵ بدات بزانێت تۆ کێیت، بۆ پاراستنت. دەتوانیت پەیوەندی بە 119 (منداڵانی لە مەترسیدا) یان 3018 (ئازاردان لە ئینتەرنێت) بکەیت. بەخۆڕاییە.
