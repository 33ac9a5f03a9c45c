# status: needs native review
# language: Korean
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = 경찰 또는 헌병대에 메시지 보내기
call-17-112 = 말을 할 수 있고 생명이 위험하다면 17 또는 112로 전화하세요.
sms-114 = 말을 할 수 없다면 114로 문자를 보낼 수도 있습니다.
chat-you-are-writing-to = 경찰 또는 헌병대에 메시지를 보내고 있습니다.
chat-describe = 무슨 일이 일어나고 있는지, 어디에 있는지 적어 주세요.
chat-cannot-talk = 말을 할 수 없어요
chat-send = 보내기
chat-share-location = 내 위치 공유
location-consent = 위치는 응답 중인 경찰 또는 헌병대에만 전송되어 도움을 보내는 데 쓰입니다. 공유할지는 직접 선택하세요.
chat-queue-position =
    { $position ->
        [1] 다음 차례입니다.
       *[other] 대기 순서: { $position }번째
    }
quick-exit = 빠른 나가기
quick-exit-explanation = 앱을 즉시 닫고 이 휴대폰에서 대화를 지웁니다. 네트워크가 되면 경찰 또는 헌병대에 급히 떠나야 했다는 알림이 갑니다.
alert-armed-individual = 무기를 가진 사람
alert-intrusion = 침입 발생
alert-assault = 폭행
alert-refused-check = 검문을 거부하는 사람
alert-fire = 화재, 대피
alert-domestic-violence = 지금 가정폭력이 일어나고 있음
alert-followed = 누군가 나를 따라오고 있음
report-received = 신고가 접수되었습니다. 접수 번호: { $receipt }
minors-notice = 이름을 밝히지 않고 글을 쓸 수 있어요. 하지만 너나 다른 사람의 생명이 위험하면, 경찰이나 헌병대가 너를 보호하기 위해 네가 누구인지 알아내려고 할 수 있어요. 119(위험에 처한 아동)나 3018(온라인 괴롭힘)에 전화할 수도 있어요. 무료예요.
