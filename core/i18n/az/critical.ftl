# status: needs native review
# language: Azerbaijani
# confidence: low (machine-quality translation by a non-native writer)
# source: ../fr/main.ftl; ids and variables: ../critical.txt

app-chat-button = Polisə və ya jandarmeriyaya yaz
call-17-112 = Danışa bilirsinizsə və kiminsə həyatı təhlükədədirsə, 17 və ya 112-yə zəng edin.
sms-114 = Danışa bilmirsinizsə, 114-ə SMS də göndərə bilərsiniz.
chat-you-are-writing-to = Siz polisə və ya jandarmeriyaya yazırsınız.
chat-describe = Nə baş verdiyini və harada olduğunuzu yazın.
chat-cannot-talk = Danışa bilmirəm
chat-send = Göndər
chat-share-location = Məkanımı paylaş
location-consent = Məkanınız yalnız sizə cavab verən polisə və ya jandarmeriyaya göndərilir ki, kömək göndərə bilsinlər. Paylaşıb-paylaşmamağı siz seçirsiniz.
chat-queue-position =
    { $position ->
        [1] Növbədə birincisiniz.
        [one] Növbədə nömrəniz: { $position }
       *[other] Növbədə nömrəniz: { $position }
    }
quick-exit = Tez çıxış
quick-exit-explanation = Tətbiqi dərhal bağlayır və söhbəti bu telefondan silir. Şəbəkə varsa, polisə və ya jandarmeriyaya getməli olduğunuz bildirilir.
alert-armed-individual = Silahlı şəxs
alert-intrusion = İndi qanunsuz daxilolma baş verir
alert-assault = Hücum
alert-refused-check = Bir nəfər yoxlamadan imtina edir
alert-fire = Yanğın, təxliyə
alert-domestic-violence = İndi məişət zorakılığı baş verir
alert-followed = Kimsə məni izləyir
report-received = Məlumatınız alındı. İstinad nömrəsi: { $receipt }
minors-notice = Adını demədən yaza bilərsən. Amma sənin və ya başqasının həyatı təhlükədədirsə, polis və ya jandarmeriya səni qorumaq üçün kim olduğunu öyrənməyə çalışa bilər. 119-a (təhlükədə olan uşaqlar) və ya 3018-ə (internetdə təqib) də zəng edə bilərsən. Pulsuzdur.
