# status: needs native review
# language: Japanese
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = 警察・憲兵隊に連絡する
call-17-112 = 話すことができ、命に危険がある場合は、17 または 112 に電話してください。
sms-114 = 話せない場合は、114 に SMS を送ることもできます。
chat-you-are-writing-to = 警察または憲兵隊にメッセージを送っています。
chat-describe = 何が起きているか、どこにいるかを書いてください。
chat-cannot-talk = 話せません
chat-send = 送信
chat-share-location = 現在地を共有
location-consent = 現在地は、あなたに対応している警察または憲兵隊にだけ送られ、助けを送るために使われます。共有するかどうかはあなたが決めます。
chat-queue-position =
    { $position ->
        [1] 次があなたの番です。
       *[other] あなたは { $position } 番目です。
    }
quick-exit = すぐに終了
quick-exit-explanation = アプリをすぐに閉じ、この電話から会話を消去します。通信できる場合は、あなたが立ち去らなければならなかったことが警察または憲兵隊に伝わります。
alert-armed-individual = 武器を持った人がいる
alert-intrusion = 侵入者がいる
alert-assault = 暴行を受けている
alert-refused-check = 検査を拒否している人がいる
alert-fire = 火災・避難
alert-domestic-violence = いま家庭内暴力が起きている
alert-followed = 誰かにつけられている
report-received = 通報を受け付けました。受付番号：{ $receipt }
minors-notice = 名前を言わずに書くことができます。でも、あなたや他の人の命が危ないときは、あなたを守るために、警察や憲兵隊があなたが誰かを調べることがあります。119（子どもの危険）や 3018（ネットでの嫌がらせ）に電話することもできます。無料です。
