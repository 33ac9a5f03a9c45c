# status: reviewed
# language: English

# English version of the French source (../fr/main.ftl): same ids, same
# variables. Messages listed in ../critical.txt must exist in every locale.
# Keep texts short and plain: a frightened person reads them, minors too.
# Numbers 17, 112, 114, 119, 3018 stay as digits.

## Application

app-name = discret
app-tagline = Write to the police or gendarmerie, without a sound.

## Home screen

home-title = Home
app-chat-button = Write to the police or gendarmerie
home-chat-description = For an emergency, when you cannot speak.
home-anonymous-report = Anonymous report
home-anonymous-report-description = Report something without giving your name.
home-pre-complaint = Online pre-complaint
home-pre-complaint-description = Prepare a complaint, then sign it at the police or gendarmerie station.
home-nearest-station = Nearest police or gendarmerie station
home-guides = Practical guides
home-minors-space = Under 18
home-minors-space-description = For people under 18.
home-emergency-numbers = Emergency numbers
call-17-112 = If you can speak and a life is in danger, call 17 or 112.
sms-114 = If you cannot speak, you can also send a text message to 114.

## Emergency numbers
## $number (String) - the number to call or text, e.g. "17"

emergency-title = Emergency numbers
emergency-17 = 17: police or gendarmerie
emergency-112 = 112: European emergency number
emergency-114 = 114: emergencies by text message, if you cannot speak or hear
emergency-15 = 15: SAMU, medical emergency
emergency-18 = 18: fire brigade
emergency-119 = 119: children in danger
emergency-3919 = 3919: violence against women
emergency-3018 = 3018: online harassment and violence
emergency-call = Call { $number }
emergency-sms = Text { $number }

## Chat screen

chat-title = Conversation
chat-you-are-writing-to = You are writing to the police or gendarmerie.
chat-describe = Describe what is happening and where you are.
chat-cannot-talk = I cannot talk
chat-cannot-talk-description = Nobody will call you. Everything happens in writing.
chat-acting-for-victim = I am writing for a victim next to me
chat-input-placeholder = Your message
chat-send = Send
chat-share-location = Share my location
location-consent = Your location goes only to the police or gendarmerie answering you, so they can send help. You choose whether to share it.
location-consent-accept = Share
location-consent-decline = Not now
location-shared = Location sent.
location-unavailable = Location not found. Write the address or what you see around you.

## Queue
## $position (Number) - place in the queue, 1 = next to be answered.
## The [1] variant is an exact match and must stay first: CLDR "one" also
## covers 0 (French) or 21, 31… (other languages).
## $minutes (Number) - estimated wait, rounded up; 0 = less than a minute.

chat-queue-position =
    { $position ->
        [1] You are first in line.
        [one] You are number { $position } in line.
       *[other] You are number { $position } in line.
    }
chat-wait-minutes =
    { $minutes ->
        [0] Estimated wait: less than a minute.
        [one] Estimated wait: { $minutes } minute.
       *[other] Estimated wait: { $minutes } minutes.
    }
chat-wait-unknown = Someone will answer you as soon as possible.

## Conversation events
## $operator (String) - name the operator shows, e.g. "Agent 42"
## $answer (String) - the choice the person touched

chat-operator-joined = { $operator } is answering you.
chat-operator-typing = The officer is writing…
chat-message-sending = Sending…
chat-message-sent = Sent
chat-message-delivered = Delivered
chat-message-read = Read
chat-message-failed = This message could not be sent.
chat-tap-question-hint = Tap an answer.
chat-tap-answer-sent = Answer sent: { $answer }
chat-patrol-dispatched = A patrol is on its way.
chat-patrol-advice = If you can, get to a safe place and keep the phone silent.
chat-closed = The conversation has ended.
chat-closed-new = Write a new message
chat-end = End the conversation
chat-end-confirm = End the conversation? You can open another one.

## Quick exit

quick-exit = Quick exit
quick-exit-explanation = Leaves the app at once and erases the conversation from this phone. If the network allows, the police or gendarmerie are told that you had to leave.

## Silent alerts (one touch sends the alert)

alerts-title = Silent alerts
alerts-hint = Tap an alert: it is sent at once, with your location if you allowed it.
alerts-agent-note = Security agents: report what is happening at your site.
alert-armed-individual = Armed person
alert-intrusion = Intrusion in progress
alert-assault = Assault
alert-refused-check = Someone refuses a lawful check
alert-fire = Fire, evacuation
alert-domestic-violence = Domestic violence happening now
alert-followed = Someone is following me
alert-sent = Alert sent. Add details if you can.

## Anonymous report
## $receipt (String) - reference number of the report, e.g. "K7F-29Q"

report-title = Anonymous report
report-description = Describe what happened: what, where, when. Your name is not asked.
report-send = Send the report
report-received = Your report has been received. Reference number: { $receipt }
report-receipt-hint = Write this number down if you want to add information later.

## Pre-complaint, nearest station, guides

pre-complaint-title = Online pre-complaint
pre-complaint-description = Prepare your complaint online, then sign it at an appointment at the police or gendarmerie station.
pre-complaint-not-emergency = This is not for emergencies.
station-title = Nearest police or gendarmerie station
station-description = Allow location or enter a town to find the nearest one.
guides-title = Practical guides
guides-description = Advice to protect yourself and know what to do.

## Minors' space

minors-title = Under 18
minors-notice = You can write without giving your name. But if your life or someone else's is in danger, the police or gendarmerie may try to find out who you are, to protect you. You can also call 119 (children in danger) or 3018 (online harassment). It is free.
minors-chat-button = Write to a police officer or gendarme
minors-call-119 = Call 119
minors-call-3018 = Call 3018

## App lock
## $attempts (Number) - attempts left before the app locks
## $min (Number) - minimum number of digits of the PIN

lock-title = discret is locked
lock-emergency = Emergency without PIN: 17 or 112
pin-enter = Enter your PIN
pin-create = Choose a PIN
pin-confirm = Enter the PIN again
pin-mismatch = The two PINs are different. Try again.
pin-wrong =
    { $attempts ->
        [one] Wrong PIN. { $attempts } attempt left.
       *[other] Wrong PIN. { $attempts } attempts left.
    }
pin-too-short =
    { $min ->
        [one] The PIN must have at least { $min } digit.
       *[other] The PIN must have at least { $min } digits.
    }
pin-locked = Too many attempts. Try again later.

## Errors
## $max (Number) - maximum length of a message, in characters
## $seconds (Number) - seconds to wait before sending again

error-no-network = No network. Your message will be sent when the network returns.
error-platform-unreachable = The service is not answering right now. If you can speak, call 17 or 112. If not, send a text message to 114.
error-message-too-long =
    { $max ->
        [one] Message too long: { $max } character at most.
       *[other] Message too long: { $max } characters at most.
    }
error-too-many-messages =
    { $seconds ->
        [one] Too many messages. Wait { $seconds } second.
       *[other] Too many messages. Wait { $seconds } seconds.
    }
error-chat-closed = This conversation has ended. Open a new one.
error-generic = Something went wrong. Try again.

## Settings

settings-title = Settings
settings-language = Language
settings-language-description = The language of the app.
settings-location = Location
settings-location-description = Your location is sent only during a conversation, when you accept.
settings-location-ask = Ask every time
settings-location-never = Never share
settings-quick-exit-gesture = Quick exit gesture
settings-quick-exit-gesture-description = A gesture to leave the app at once, even without looking at the screen.
quick-exit-gesture-shake = Shake the phone
quick-exit-gesture-double-back = Press Back twice
quick-exit-gesture-off = No gesture (button only)
settings-app-lock = Lock the app with a PIN
settings-app-lock-description = The PIN is asked each time the app opens.

## Emergency: when to call instead of writing

emergency-when-can-speak = If you can speak and there is immediate danger, call 17 (police, gendarmerie): a call is still the fastest.
emergency-when-abroad-or-any = 112 works everywhere in the European Union, for any emergency.
emergency-when-cannot-speak = If you cannot speak, write here silently: a police officer or gendarme will answer.
emergency-when-no-data = Without an internet connection, send an SMS to 114: the message is already written with your location.
emergency-when-medical = Medical emergency (collapse, serious injury): call 15.
emergency-when-fire = Fire, gas leak, accident: call 18.
emergency-when-child = A child in danger: call 119, free, day and night.
emergency-when-women = Women victims of violence: 3919 listens and advises, free and anonymous.
emergency-when-online = Cyber-harassment, online blackmail: 3018.
emergency-when-victim-support = Victim of an offence: 116 006 helps you with the next steps.

## Pre-complaint form: validation messages

precomplaint-missing-field = This field is required: { $field }.
precomplaint-too-long = The field { $field } is longer than { $max } characters.
precomplaint-date-invalid = The date in { $field } is not valid (expected format: YYYY-MM-DD).
precomplaint-date-future = The date of the facts cannot be in the future.
precomplaint-birth-date-invalid = The date of birth is not valid.
precomplaint-postcode-invalid = The postcode must have 5 digits and match a French département.
precomplaint-email-invalid = The email address is not valid.
precomplaint-phone-invalid = The phone number is not valid.
precomplaint-contact-missing = Give at least an email address or a phone number.
precomplaint-offence-unknown = Choose the type of facts from the list.
precomplaint-too-many-items = You can declare at most { $max } items.
precomplaint-item-label-missing = Describe item no. { $index }.
precomplaint-item-value-invalid = The value of item no. { $index } is not valid.
precomplaint-station-unknown = Choose a police station or gendarmerie from the list.
precomplaint-submitted = Pre-complaint sent. Filing number: { $receipt }. Come to the appointment with an identity document to sign your complaint.

## Minors' space

minors-space-title = Youth space
minors-anonymity-notice = You can write to us without giving your name. But if your life or someone else's is in danger, the police may try to find out who you are, to protect you. In danger, call 17 or 112. To talk to someone: 119 (children in danger) or 3018 (online harassment), both free.
