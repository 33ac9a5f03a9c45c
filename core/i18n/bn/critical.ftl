# status: needs native review
# language: Bengali
# confidence: medium (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = পুলিশ বা জঁদারমেরিকে লিখুন
call-17-112 = আপনি যদি কথা বলতে পারেন এবং কারও জীবন বিপদে থাকে, তাহলে 17 বা 112-এ ফোন করুন।
sms-114 = আপনি কথা বলতে না পারলে 114-এ SMS-ও পাঠাতে পারেন।
chat-you-are-writing-to = আপনি পুলিশ বা জঁদারমেরিকে লিখছেন।
chat-describe = কী ঘটছে এবং আপনি কোথায় আছেন, তা লিখুন।
chat-cannot-talk = আমি কথা বলতে পারছি না
chat-send = পাঠান
chat-share-location = আমার অবস্থান শেয়ার করুন
location-consent = আপনার অবস্থান শুধু সেই পুলিশ বা জঁদারমেরির কাছে যায় যারা আপনাকে উত্তর দিচ্ছে, যাতে তারা সাহায্য পাঠাতে পারে। শেয়ার করবেন কি না, তা আপনি ঠিক করবেন।
chat-queue-position =
    { $position ->
        [1] আপনি সারিতে প্রথম।
        [one] সারিতে আপনার নম্বর: { $position }
       *[other] সারিতে আপনার নম্বর: { $position }
    }
quick-exit = দ্রুত বেরিয়ে যান
quick-exit-explanation = অ্যাপটি সঙ্গে সঙ্গে বন্ধ করে এবং এই ফোন থেকে কথোপকথন মুছে ফেলে। নেটওয়ার্ক থাকলে পুলিশ বা জঁদারমেরিকে জানানো হয় যে আপনাকে চলে যেতে হয়েছে।
alert-armed-individual = সশস্ত্র ব্যক্তি
alert-intrusion = এখন অনুপ্রবেশ ঘটছে
alert-assault = হামলা
alert-refused-check = একজন ব্যক্তি তল্লাশি করতে দিচ্ছে না
alert-fire = আগুন, সরিয়ে নেওয়া
alert-domestic-violence = এখন পারিবারিক সহিংসতা ঘটছে
alert-followed = কেউ আমাকে অনুসরণ করছে
report-received = আপনার রিপোর্ট পাওয়া গেছে। রেফারেন্স নম্বর: { $receipt }
minors-notice = তুমি নিজের নাম না বলেও লিখতে পারো। কিন্তু তোমার বা অন্য কারও জীবন বিপদে থাকলে, পুলিশ বা জঁদারমেরি তোমাকে রক্ষা করার জন্য তুমি কে তা জানার চেষ্টা করতে পারে। তুমি 119 (বিপদে থাকা শিশু) বা 3018 (অনলাইন হয়রানি)-তেও ফোন করতে পারো। এটি বিনামূল্যে।
