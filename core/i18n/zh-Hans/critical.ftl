# status: needs native review
# language: Chinese (Simplified)
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = 给警察或宪兵发消息
call-17-112 = 如果您能说话，并且有人命危险，请拨打 17 或 112。
sms-114 = 如果您不能说话，也可以发短信到 114。
chat-you-are-writing-to = 您正在给警察或宪兵发消息。
chat-describe = 请描述发生了什么，以及您在哪里。
chat-cannot-talk = 我不能说话
chat-send = 发送
chat-share-location = 分享我的位置
location-consent = 您的位置只会发给正在回复您的警察或宪兵，以便派人救助。是否分享由您决定。
chat-queue-position =
    { $position ->
        [1] 您排在第一位。
       *[other] 您排在第 { $position } 位。
    }
quick-exit = 快速退出
quick-exit-explanation = 立即关闭应用，并从这部手机上删除对话。如果有网络，警察或宪兵会收到通知：您不得不离开。
alert-armed-individual = 有人持有武器
alert-intrusion = 有人正在非法闯入
alert-assault = 遭到袭击
alert-refused-check = 有人拒绝接受检查
alert-fire = 火灾，疏散
alert-domestic-violence = 正在发生家庭暴力
alert-followed = 有人在跟踪我
report-received = 您的举报已收到。编号：{ $receipt }
minors-notice = 你可以不留姓名。但如果你或他人的生命有危险，警察或宪兵可能会设法查明你的身份，以便保护你。你也可以拨打 119（儿童危险求助）或 3018（网络骚扰）。免费。
