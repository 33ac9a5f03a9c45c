# status: needs native review
# language: Fula
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Winndan polis walla sanndarmori
call-17-112 = So a waawii haalde tee wonde neɗɗo ina e kulol, noddu 17 walla 112.
sms-114 = So a waawaa haalde, aɗa waawi kadi neldude SMS e 114.
chat-you-are-writing-to = Aɗa winndana polis walla sanndarmori.
chat-describe = Sifo ko waɗata e ɗo ngonɗaa.
chat-cannot-talk = Mi waawaa haalde
chat-send = Neldu
chat-share-location = Lollin nokku am
location-consent = Nokku maa ina neldee tan e polis walla sanndarmori jaabotooɓe ma, ngam ɓe mbaawa neldude ballal. Ko an suɓotoo so a lollinay mo.
chat-queue-position =
    { $position ->
        [1] Ko an adii e tolno on.
        [one] Limoore maa e tolno on: { $position }
       *[other] Limoore maa e tolno on: { $position }
    }
quick-exit = Yaltu law
quick-exit-explanation = Ina uddu jaaɓnirgal ngal ɗoon e ɗoon, ina momta yeewtere nde e ndee telefol. So laylaytol ina woodi, polis walla sanndarmori maa anndin wonde a waɗii yahde.
alert-armed-individual = Neɗɗo jogiiɗo kaɓirgal
alert-intrusion = Neɗɗo naatii tawa yamiraaka jooni
alert-assault = Yanagol e neɗɗo
alert-refused-check = Neɗɗo ina salii ƴeewteede
alert-fire = Jayngol, yaltingol yimɓe
alert-domestic-violence = Bone e nder galle jooni
alert-followed = Neɗɗo ina rewi am
report-received = Kabaaru maa hebaama. Limoore rewindo: { $receipt }
minors-notice = Aɗa waawi winndude tawa a wiyaani innde maa. Kono so ngurndam maa walla ngam goɗɗo ina e kulol, polis walla sanndarmori ina waawi ɗaɓɓude anndude ko an woni moy, ngam reende ma. Aɗa waawi kadi noddude 119 (sukaaɓe e kulol) walla 3018 (torraaɗe e enternet). Ko ɗum yoɓetaake.
