# status: needs native review
# language: Assamese
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = আৰক্ষী বা জেণ্ডাৰমেৰীলৈ লিখক
call-17-112 = যদি আপুনি কথা ক'ব পাৰে আৰু কাৰোবাৰ জীৱন বিপদত আছে, 17 বা 112 লৈ ফোন কৰক।
sms-114 = যদি আপুনি কথা ক'ব নোৱাৰে, 114 লৈ SMS-ও পঠিয়াব পাৰে।
chat-you-are-writing-to = আপুনি আৰক্ষী বা জেণ্ডাৰমেৰীলৈ লিখি আছে।
chat-describe = কি হৈ আছে আৰু আপুনি ক'ত আছে বৰ্ণনা কৰক।
chat-cannot-talk = মই কথা ক'ব নোৱাৰো
chat-send = পঠিয়াওক
chat-share-location = মোৰ অৱস্থান শ্বেয়াৰ কৰক
location-consent = আপোনাৰ অৱস্থান কেৱল আপোনাক উত্তৰ দিয়া আৰক্ষী বা জেণ্ডাৰমেৰীলৈহে পঠিওৱা হয়, যাতে তেওঁলোকে সহায় পঠিয়াব পাৰে। শ্বেয়াৰ কৰিব নে নকৰে, আপুনিয়েই বাছে।
chat-queue-position =
    { $position ->
        [1] শাৰীত আপুনি প্ৰথম।
        [one] শাৰীত আপোনাৰ নম্বৰ: { $position }
       *[other] শাৰীত আপোনাৰ নম্বৰ: { $position }
    }
quick-exit = সোনকালে ওলাই যাওক
quick-exit-explanation = এপটো তৎক্ষণাত বন্ধ কৰে আৰু এই ফোনৰ পৰা কথা-বতৰা মচি পেলায়। নেটৱৰ্ক থাকিলে, আপুনি গুচি যাব লগা হ'ল বুলি আৰক্ষী বা জেণ্ডাৰমেৰীক জনোৱা হয়।
alert-armed-individual = অস্ত্ৰধাৰী ব্যক্তি
alert-intrusion = এতিয়া অনধিকাৰ প্ৰৱেশ হৈ আছে
alert-assault = আক্ৰমণ
alert-refused-check = এজন ব্যক্তিয়ে পৰীক্ষা অস্বীকাৰ কৰিছে
alert-fire = জুই, মানুহক উলিওৱা
alert-domestic-violence = এতিয়া ঘৰুৱা হিংসা হৈ আছে
alert-followed = কোনোবাই মোক অনুসৰণ কৰি আছে
report-received = আপোনাৰ প্ৰতিবেদন পোৱা গৈছে। প্ৰসংগ নম্বৰ: { $receipt }
minors-notice = তুমি নিজৰ নাম নকোৱাকৈ লিখিব পাৰা। কিন্তু তোমাৰ বা আন কাৰোবাৰ জীৱন বিপদত থাকিলে, আৰক্ষী বা জেণ্ডাৰমেৰীয়ে তোমাক সুৰক্ষা দিবলৈ তুমি কোন জানিবলৈ চেষ্টা কৰিব পাৰে। তুমি 119 (বিপদত থকা শিশু) বা 3018 (অনলাইন হাৰাশাস্তি) লৈও ফোন কৰিব পাৰা। ই বিনামূলীয়া।
