# status: needs native review
# language: Georgian
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = მისწერეთ პოლიციას ან ჟანდარმერიას
call-17-112 = თუ ლაპარაკი შეგიძლიათ და სიცოცხლე საფრთხეშია, დარეკეთ 17-ზე ან 112-ზე.
sms-114 = თუ ლაპარაკი არ შეგიძლიათ, შეგიძლიათ SMS-იც გაგზავნოთ 114-ზე.
chat-you-are-writing-to = თქვენ წერთ პოლიციას ან ჟანდარმერიას.
chat-describe = აღწერეთ, რა ხდება და სად ხართ.
chat-cannot-talk = ლაპარაკი არ შემიძლია
chat-send = გაგზავნა
chat-share-location = ჩემი მდებარეობის გაზიარება
location-consent = თქვენი მდებარეობა მხოლოდ იმ პოლიციას ან ჟანდარმერიას ეგზავნება, რომელიც გპასუხობთ, რათა დახმარება გამოგიგზავნონ. გააზიაროთ თუ არა, თქვენ წყვეტთ.
chat-queue-position =
    { $position ->
        [1] რიგში პირველი ხართ.
        [one] თქვენი ნომერი რიგში: { $position }
       *[other] თქვენი ნომერი რიგში: { $position }
    }
quick-exit = სწრაფი გასვლა
quick-exit-explanation = მაშინვე ხურავს აპს და შლის საუბარს ამ ტელეფონიდან. თუ ქსელი არის, პოლიციას ან ჟანდარმერიას ეცნობება, რომ წასვლა მოგიწიათ.
alert-armed-individual = შეიარაღებული პირი
alert-intrusion = ახლა ხდება უკანონო შეღწევა
alert-assault = თავდასხმა
alert-refused-check = ვიღაც უარს ამბობს შემოწმებაზე
alert-fire = ხანძარი, ევაკუაცია
alert-domestic-violence = ახლა ხდება ოჯახში ძალადობა
alert-followed = ვიღაც მომდევს
report-received = თქვენი შეტყობინება მიღებულია. საცნობარო ნომერი: { $receipt }
minors-notice = შეგიძლია დაწერო ისე, რომ სახელი არ თქვა. მაგრამ თუ შენი ან სხვისი სიცოცხლე საფრთხეშია, პოლიციამ ან ჟანდარმერიამ შეიძლება სცადოს გაიგოს, ვინ ხარ, რომ დაგიცვას. შეგიძლია დარეკო 119-ზეც (ბავშვები საფრთხეში) ან 3018-ზე (შევიწროება ინტერნეტში). ეს უფასოა.
