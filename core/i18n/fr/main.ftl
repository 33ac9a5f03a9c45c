# status: reviewed
# language: French

# Source language of discret. Every other locale follows these ids and
# variables. Messages listed in ../critical.txt must exist in every locale.
# Keep texts short and plain: a frightened person reads them, minors too.
# Numbers 17, 112, 114, 119, 3018 stay as digits.

## Application

app-name = discret
app-tagline = Écrire à la police ou à la gendarmerie, sans un bruit.

## Home screen

home-title = Accueil
app-chat-button = Écrire à la police ou à la gendarmerie
home-chat-description = Pour une urgence, quand vous ne pouvez pas parler.
home-anonymous-report = Signalement anonyme
home-anonymous-report-description = Signaler des faits sans donner votre nom.
home-pre-complaint = Pré-plainte en ligne
home-pre-complaint-description = Préparer une plainte, puis la signer au commissariat ou à la brigade.
home-nearest-station = Commissariat ou brigade la plus proche
home-guides = Guides pratiques
home-minors-space = Espace mineurs
home-minors-space-description = Pour les moins de 18 ans.
home-emergency-numbers = Numéros d'urgence
call-17-112 = Si vous pouvez parler et qu'une vie est en danger, appelez le 17 ou le 112.
sms-114 = Si vous ne pouvez pas parler, vous pouvez aussi envoyer un SMS au 114.

## Emergency numbers
## $number (String) - the number to call or text, e.g. "17"

emergency-title = Numéros d'urgence
emergency-17 = 17 : police ou gendarmerie
emergency-112 = 112 : numéro d'urgence européen
emergency-114 = 114 : urgences par SMS, si vous ne pouvez pas parler ou entendre
emergency-15 = 15 : SAMU, urgence médicale
emergency-18 = 18 : pompiers
emergency-119 = 119 : enfance en danger
emergency-3919 = 3919 : violences faites aux femmes
emergency-3018 = 3018 : harcèlement et violences en ligne
emergency-call = Appeler le { $number }
emergency-sms = Envoyer un SMS au { $number }

## Chat screen

chat-title = Conversation
chat-you-are-writing-to = Vous écrivez à la police ou à la gendarmerie.
chat-describe = Décrivez ce qui se passe et où vous êtes.
chat-cannot-talk = Je ne peux pas parler
chat-cannot-talk-description = Personne ne vous appellera. Tout se passe par écrit.
chat-acting-for-victim = J'écris pour une victime à côté de moi
chat-input-placeholder = Votre message
chat-send = Envoyer
chat-share-location = Partager ma position
location-consent = Votre position est envoyée seulement à la police ou à la gendarmerie qui vous répond, pour pouvoir vous envoyer de l'aide. C'est vous qui choisissez de la partager.
location-consent-accept = Partager
location-consent-decline = Pas maintenant
location-shared = Position envoyée.
location-unavailable = Position introuvable. Écrivez l'adresse ou ce que vous voyez autour de vous.

## Queue
## $position (Number) - place in the queue, 1 = next to be answered.
## The [1] variant is an exact match and must stay first: CLDR "one" also
## covers 0 (French) or 21, 31… (other languages).
## $minutes (Number) - estimated wait, rounded up; 0 = less than a minute.

chat-queue-position =
    { $position ->
        [1] Vous êtes en tête de la file d'attente.
        [one] Vous êtes { $position }e dans la file d'attente.
        [many] Vous êtes { $position }e dans la file d'attente.
       *[other] Vous êtes { $position }e dans la file d'attente.
    }
chat-wait-minutes =
    { $minutes ->
        [0] Attente estimée : moins d'une minute.
        [one] Attente estimée : { $minutes } minute.
        [many] Attente estimée : { $minutes } de minutes.
       *[other] Attente estimée : { $minutes } minutes.
    }
chat-wait-unknown = Un agent va vous répondre dès que possible.

## Conversation events
## $operator (String) - name the operator shows, e.g. "Agent 42"
## $answer (String) - the choice the person touched

chat-operator-joined = { $operator } vous répond.
chat-operator-typing = L'agent écrit…
chat-message-sending = Envoi…
chat-message-sent = Envoyé
chat-message-delivered = Reçu
chat-message-read = Lu
chat-message-failed = Ce message n'a pas pu être envoyé.
chat-tap-question-hint = Touchez une réponse.
chat-tap-answer-sent = Réponse envoyée : { $answer }
chat-patrol-dispatched = Une patrouille est en route.
chat-patrol-advice = Si vous le pouvez, mettez-vous à l'abri et laissez le téléphone en silencieux.
chat-closed = La conversation est terminée.
chat-closed-new = Écrire un nouveau message
chat-end = Terminer la conversation
chat-end-confirm = Terminer la conversation ? Vous pourrez en ouvrir une autre.

## Quick exit

quick-exit = Sortie rapide
quick-exit-explanation = Quitte l'application tout de suite et efface la conversation de ce téléphone. Si le réseau le permet, la police ou la gendarmerie est prévenue que vous avez dû partir.

## Silent alerts (one touch sends the alert)

alerts-title = Alertes silencieuses
alerts-hint = Touchez une alerte : elle part tout de suite, avec votre position si vous l'avez permis.
alerts-agent-note = Agents de sécurité : signalez ce qui se passe sur votre site.
alert-armed-individual = Personne armée
alert-intrusion = Intrusion en cours
alert-assault = Agression
alert-refused-check = Une personne refuse un contrôle
alert-fire = Incendie, évacuation
alert-domestic-violence = Violences conjugales en cours
alert-followed = Quelqu'un me suit
alert-sent = Alerte envoyée. Ajoutez des détails si vous le pouvez.

## Anonymous report
## $receipt (String) - reference number of the report, e.g. "K7F-29Q"

report-title = Signalement anonyme
report-description = Décrivez les faits : quoi, où, quand. Votre nom n'est pas demandé.
report-send = Envoyer le signalement
report-received = Votre signalement a bien été reçu. Numéro de suivi : { $receipt }
report-receipt-hint = Notez ce numéro si vous voulez ajouter des informations plus tard.

## Pre-complaint, nearest station, guides

pre-complaint-title = Pré-plainte en ligne
pre-complaint-description = Préparez votre plainte en ligne, puis signez-la lors d'un rendez-vous au commissariat ou à la brigade de gendarmerie.
pre-complaint-not-emergency = Ce n'est pas pour une urgence.
station-title = Commissariat ou brigade la plus proche
station-description = Autorisez la position ou entrez une ville pour trouver le plus proche.
guides-title = Guides pratiques
guides-description = Conseils pour vous protéger et savoir quoi faire.

## Minors' space

minors-title = Espace mineurs
minors-notice = Tu peux écrire sans donner ton nom. Mais si ta vie ou celle de quelqu'un est en danger, la police ou la gendarmerie peut chercher à savoir qui tu es, pour te protéger. Tu peux aussi appeler le 119 (enfant en danger) ou le 3018 (harcèlement en ligne). C'est gratuit.
minors-chat-button = Écrire à un policier ou à un gendarme
minors-call-119 = Appeler le 119
minors-call-3018 = Appeler le 3018

## App lock
## $attempts (Number) - attempts left before the app locks
## $min (Number) - minimum number of digits of the PIN

lock-title = discret est verrouillé
lock-emergency = Urgence sans code : 17 ou 112
pin-enter = Entrez votre code
pin-create = Choisissez un code
pin-confirm = Entrez le code une deuxième fois
pin-mismatch = Les deux codes sont différents. Recommencez.
pin-wrong =
    { $attempts ->
        [one] Code incorrect. Il reste { $attempts } essai.
        [many] Code incorrect. Il reste { $attempts } d'essais.
       *[other] Code incorrect. Il reste { $attempts } essais.
    }
pin-too-short =
    { $min ->
        [one] Le code doit avoir au moins { $min } chiffre.
        [many] Le code doit avoir au moins { $min } de chiffres.
       *[other] Le code doit avoir au moins { $min } chiffres.
    }
pin-locked = Trop d'essais. Réessayez plus tard.

## Errors
## $max (Number) - maximum length of a message, in characters
## $seconds (Number) - seconds to wait before sending again

error-no-network = Pas de réseau. Votre message sera envoyé dès que le réseau reviendra.
error-platform-unreachable = Le service ne répond pas pour l'instant. Si vous pouvez parler, appelez le 17 ou le 112. Sinon, envoyez un SMS au 114.
error-message-too-long =
    { $max ->
        [one] Message trop long : { $max } caractère au maximum.
        [many] Message trop long : { $max } de caractères au maximum.
       *[other] Message trop long : { $max } caractères au maximum.
    }
error-too-many-messages =
    { $seconds ->
        [one] Trop de messages. Attendez { $seconds } seconde.
        [many] Trop de messages. Attendez { $seconds } de secondes.
       *[other] Trop de messages. Attendez { $seconds } secondes.
    }
error-chat-closed = Cette conversation est terminée. Ouvrez-en une nouvelle.
error-generic = Une erreur est survenue. Réessayez.

## Settings

settings-title = Réglages
settings-language = Langue
settings-language-description = La langue de l'application.
settings-location = Position
settings-location-description = Votre position n'est envoyée que pendant une conversation, quand vous l'acceptez.
settings-location-ask = Demander à chaque fois
settings-location-never = Ne jamais partager
settings-quick-exit-gesture = Geste de sortie rapide
settings-quick-exit-gesture-description = Un geste pour quitter l'application d'un coup, même sans regarder l'écran.
quick-exit-gesture-shake = Secouer le téléphone
quick-exit-gesture-double-back = Appuyer deux fois sur Retour
quick-exit-gesture-off = Aucun geste (bouton seulement)
settings-app-lock = Verrouiller l'application par un code
settings-app-lock-description = Le code est demandé à chaque ouverture.

## Emergency: when to call instead of writing

emergency-when-can-speak = Si vous pouvez parler et qu'il y a un danger immédiat, appelez le 17 (police, gendarmerie) : un appel reste le plus rapide.
emergency-when-abroad-or-any = Le 112 fonctionne partout dans l'Union européenne, pour toute urgence.
emergency-when-cannot-speak = Si vous ne pouvez pas parler, écrivez ici sans bruit : un policier ou un gendarme vous répond.
emergency-when-no-data = Sans connexion internet, envoyez un SMS au 114 : le message est déjà rédigé avec votre position.
emergency-when-medical = Urgence médicale (malaise, blessure grave) : appelez le 15.
emergency-when-fire = Incendie, fuite de gaz, accident : appelez le 18.
emergency-when-child = Un enfant en danger : appelez le 119, gratuit, jour et nuit.
emergency-when-women = Femmes victimes de violences : le 3919 écoute et oriente, gratuit et anonyme.
emergency-when-online = Cyberharcèlement, chantage en ligne : le 3018.
emergency-when-victim-support = Victime d'une infraction : le 116 006 vous aide dans vos démarches.

## Pre-complaint form: validation messages

precomplaint-missing-field = Ce champ est obligatoire : { $field }.
precomplaint-too-long = Le champ { $field } dépasse { $max } caractères.
precomplaint-date-invalid = La date du champ { $field } n'est pas valide (format attendu : AAAA-MM-JJ).
precomplaint-date-future = La date des faits ne peut pas être dans le futur.
precomplaint-birth-date-invalid = La date de naissance n'est pas valide.
precomplaint-postcode-invalid = Le code postal doit compter 5 chiffres et correspondre à un département français.
precomplaint-email-invalid = L'adresse e-mail n'est pas valide.
precomplaint-phone-invalid = Le numéro de téléphone n'est pas valide.
precomplaint-contact-missing = Indiquez au moins une adresse e-mail ou un numéro de téléphone.
precomplaint-offence-unknown = Choisissez le type de faits dans la liste.
precomplaint-too-many-items = Vous pouvez déclarer au plus { $max } objets.
precomplaint-item-label-missing = Décrivez l'objet n° { $index }.
precomplaint-item-value-invalid = La valeur de l'objet n° { $index } n'est pas valide.
precomplaint-station-unknown = Choisissez un commissariat ou une brigade dans la liste.
precomplaint-submitted = Pré-plainte envoyée. Numéro de dépôt : { $receipt }. Présentez-vous au rendez-vous avec une pièce d'identité pour signer votre plainte.

## Minors' space

minors-space-title = Espace jeunes
minors-anonymity-notice = Tu peux nous écrire sans donner ton nom. Mais si ta vie ou celle de quelqu'un est en danger, la police peut chercher à savoir qui tu es, pour te protéger. En cas de danger, appelle le 17 ou le 112. Pour parler à quelqu'un : le 119 (enfance en danger) ou le 3018 (harcèlement en ligne), gratuits.
