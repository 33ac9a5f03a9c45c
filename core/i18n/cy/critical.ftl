# status: needs native review
# language: Welsh
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Ysgrifennu at yr heddlu neu'r gendarmerie
call-17-112 = Os gallwch chi siarad a bod bywyd mewn perygl, ffoniwch 17 neu 112.
sms-114 = Os na allwch chi siarad, gallwch chi hefyd anfon neges destun at 114.
chat-you-are-writing-to = Rydych chi'n ysgrifennu at yr heddlu neu'r gendarmerie.
chat-describe = Disgrifiwch beth sy'n digwydd a ble rydych chi.
chat-cannot-talk = Dw i ddim yn gallu siarad
chat-send = Anfon
chat-share-location = Rhannu fy lleoliad
location-consent = Dim ond i'r heddlu neu'r gendarmerie sy'n eich ateb y mae eich lleoliad yn mynd, er mwyn iddyn nhw anfon help. Chi sy'n dewis a ydych chi'n ei rannu.
chat-queue-position =
    { $position ->
        [1] Chi yw'r cyntaf yn y ciw.
        [zero] Rydych chi'n rhif { $position } yn y ciw.
        [one] Rydych chi'n rhif { $position } yn y ciw.
        [two] Rydych chi'n rhif { $position } yn y ciw.
        [few] Rydych chi'n rhif { $position } yn y ciw.
        [many] Rydych chi'n rhif { $position } yn y ciw.
       *[other] Rydych chi'n rhif { $position } yn y ciw.
    }
quick-exit = Gadael yn gyflym
quick-exit-explanation = Mae'n cau'r ap ar unwaith ac yn dileu'r sgwrs o'r ffôn hwn. Os oes rhwydwaith, bydd yr heddlu neu'r gendarmerie yn cael gwybod bod rhaid i chi adael.
alert-armed-individual = Person arfog
alert-intrusion = Tresmasiad yn digwydd nawr
alert-assault = Ymosodiad
alert-refused-check = Mae rhywun yn gwrthod archwiliad
alert-fire = Tân, gwacáu
alert-domestic-violence = Cam-drin domestig yn digwydd nawr
alert-followed = Mae rhywun yn fy nilyn i
report-received = Rydyn ni wedi cael eich adroddiad. Cyfeirnod: { $receipt }
minors-notice = Gelli di ysgrifennu heb roi dy enw. Ond os yw dy fywyd di neu fywyd rhywun arall mewn perygl, gall yr heddlu neu'r gendarmerie geisio darganfod pwy wyt ti, er mwyn dy amddiffyn di. Gelli di hefyd ffonio 119 (plant mewn perygl) neu 3018 (aflonyddu ar-lein). Mae am ddim.
