# status: needs native review
# language: Thai
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = ส่งข้อความถึงตำรวจหรือตำรวจภูธร
call-17-112 = ถ้าคุณพูดได้และมีชีวิตตกอยู่ในอันตราย โทร 17 หรือ 112
sms-114 = ถ้าคุณพูดไม่ได้ คุณสามารถส่ง SMS ไปที่ 114 ได้ด้วย
chat-you-are-writing-to = คุณกำลังส่งข้อความถึงตำรวจหรือตำรวจภูธร
chat-describe = บอกว่าเกิดอะไรขึ้นและคุณอยู่ที่ไหน
chat-cannot-talk = ฉันพูดไม่ได้
chat-send = ส่ง
chat-share-location = แชร์ตำแหน่งของฉัน
location-consent = ตำแหน่งของคุณจะส่งไปให้เฉพาะตำรวจหรือตำรวจภูธรที่กำลังตอบคุณ เพื่อให้ส่งความช่วยเหลือได้ คุณเลือกเองว่าจะแชร์หรือไม่
chat-queue-position =
    { $position ->
        [1] คุณอยู่ลำดับแรกในคิว
       *[other] คุณอยู่ลำดับที่ { $position } ในคิว
    }
quick-exit = ออกด่วน
quick-exit-explanation = ปิดแอปทันทีและลบการสนทนาออกจากโทรศัพท์เครื่องนี้ ถ้ามีสัญญาณ ตำรวจหรือตำรวจภูธรจะได้รับแจ้งว่าคุณต้องออกไป
alert-armed-individual = มีคนถืออาวุธ
alert-intrusion = มีผู้บุกรุก
alert-assault = ถูกทำร้ายร่างกาย
alert-refused-check = มีคนปฏิเสธการตรวจ
alert-fire = ไฟไหม้ อพยพ
alert-domestic-violence = กำลังเกิดความรุนแรงในครอบครัว
alert-followed = มีคนสะกดรอยตามฉัน
report-received = ได้รับรายงานของคุณแล้ว หมายเลขอ้างอิง: { $receipt }
minors-notice = คุณเขียนได้โดยไม่ต้องบอกชื่อ แต่ถ้าชีวิตของคุณหรือของคนอื่นตกอยู่ในอันตราย ตำรวจหรือตำรวจภูธรอาจพยายามหาว่าคุณเป็นใคร เพื่อปกป้องคุณ คุณยังโทรหา 119 (เด็กที่ตกอยู่ในอันตราย) หรือ 3018 (การคุกคามทางออนไลน์) ได้ด้วย ไม่เสียค่าใช้จ่าย
