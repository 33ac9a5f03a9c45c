# status: needs native review
# language: Cantonese
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = 傳訊息俾警察或者憲兵
call-17-112 = 如果你講到嘢，而且有人有生命危險，請打 17 或者 112。
sms-114 = 如果你講唔到嘢，都可以傳短訊去 114。
chat-you-are-writing-to = 你而家傳緊訊息俾警察或者憲兵。
chat-describe = 講吓發生咩事，同埋你喺邊度。
chat-cannot-talk = 我講唔到嘢
chat-send = 傳送
chat-share-location = 分享我嘅位置
location-consent = 你嘅位置只會傳俾覆緊你嘅警察或者憲兵，等佢哋可以派人幫你。分唔分享由你決定。
chat-queue-position =
    { $position ->
        [1] 你排第一。
       *[other] 你排第 { $position } 位。
    }
quick-exit = 快速離開
quick-exit-explanation = 即刻閂咗個 app，仲會喺呢部手機刪除對話。如果有網絡，警察或者憲兵會收到通知，知道你要走咗。
alert-armed-individual = 有人有武器
alert-intrusion = 有人非法闖入緊
alert-assault = 有人襲擊
alert-refused-check = 有人拒絕接受檢查
alert-fire = 火警，疏散
alert-domestic-violence = 家暴發生緊
alert-followed = 有人跟蹤我
report-received = 我哋已經收到你嘅舉報。編號：{ $receipt }
minors-notice = 你可以唔講自己個名。但係如果你或者其他人有生命危險，警察或者憲兵可能會查你係邊個，去保護你。你都可以打 119（兒童有危險）或者 3018（網上騷擾）。免費㗎。
