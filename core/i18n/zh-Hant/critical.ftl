# status: needs native review
# language: Chinese (Traditional)
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = 傳訊息給警察或憲兵
call-17-112 = 如果您能說話，而且有人命危險，請撥打 17 或 112。
sms-114 = 如果您不能說話，也可以傳簡訊到 114。
chat-you-are-writing-to = 您正在傳訊息給警察或憲兵。
chat-describe = 請描述發生了什麼事，以及您在哪裡。
chat-cannot-talk = 我不能說話
chat-send = 傳送
chat-share-location = 分享我的位置
location-consent = 您的位置只會傳給正在回覆您的警察或憲兵，以便派人協助。是否分享由您決定。
chat-queue-position =
    { $position ->
        [1] 您排在第一位。
       *[other] 您排在第 { $position } 位。
    }
quick-exit = 快速離開
quick-exit-explanation = 立即關閉應用程式，並從這支手機刪除對話。如果有網路，警察或憲兵會收到通知：您不得不離開。
alert-armed-individual = 有人持有武器
alert-intrusion = 有人正在非法闖入
alert-assault = 遭到攻擊
alert-refused-check = 有人拒絕接受檢查
alert-fire = 火災，疏散
alert-domestic-violence = 正在發生家庭暴力
alert-followed = 有人在跟蹤我
report-received = 您的舉報已收到。編號：{ $receipt }
minors-notice = 你可以不留姓名。但如果你或別人的生命有危險，警察或憲兵可能會設法查出你的身分，以便保護你。你也可以撥打 119（兒童危險求助）或 3018（網路騷擾）。免費。
