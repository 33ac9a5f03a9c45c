# status: needs native review
# language: Vietnamese
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Nhắn tin cho cảnh sát hoặc hiến binh
call-17-112 = Nếu bạn có thể nói và có tính mạng đang gặp nguy hiểm, hãy gọi 17 hoặc 112.
sms-114 = Nếu bạn không thể nói, bạn cũng có thể nhắn tin SMS đến 114.
chat-you-are-writing-to = Bạn đang nhắn tin cho cảnh sát hoặc hiến binh.
chat-describe = Hãy mô tả chuyện gì đang xảy ra và bạn đang ở đâu.
chat-cannot-talk = Tôi không thể nói
chat-send = Gửi
chat-share-location = Chia sẻ vị trí của tôi
location-consent = Vị trí của bạn chỉ được gửi cho cảnh sát hoặc hiến binh đang trả lời bạn, để họ có thể gửi người đến giúp. Bạn tự quyết định có chia sẻ hay không.
chat-queue-position =
    { $position ->
        [1] Bạn đứng đầu hàng chờ.
       *[other] Bạn đang ở vị trí số { $position } trong hàng chờ.
    }
quick-exit = Thoát nhanh
quick-exit-explanation = Đóng ứng dụng ngay lập tức và xóa cuộc trò chuyện khỏi điện thoại này. Nếu có mạng, cảnh sát hoặc hiến binh sẽ được báo rằng bạn đã phải rời đi.
alert-armed-individual = Người có vũ khí
alert-intrusion = Có người đột nhập
alert-assault = Bị tấn công
alert-refused-check = Có người từ chối kiểm tra
alert-fire = Hỏa hoạn, sơ tán
alert-domestic-violence = Bạo lực gia đình đang xảy ra
alert-followed = Có người đang bám theo tôi
report-received = Báo cáo của bạn đã được nhận. Mã số theo dõi: { $receipt }
minors-notice = Bạn có thể viết mà không cần cho biết tên. Nhưng nếu tính mạng của bạn hoặc của người khác gặp nguy hiểm, cảnh sát hoặc hiến binh có thể tìm cách biết bạn là ai để bảo vệ bạn. Bạn cũng có thể gọi 119 (trẻ em gặp nguy hiểm) hoặc 3018 (quấy rối trên mạng). Miễn phí.
