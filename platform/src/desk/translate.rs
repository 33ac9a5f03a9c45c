//! Chat translation on the desk: the language of each citizen message is
//! detected here (whatlang), and a pluggable [`Translator`] (the
//! LibreTranslate-compatible HTTP adapter [`LibreTranslate`]) translates
//! citizens' text for the operator and operators' replies for the citizen.
//!
//! - No translation is the default: a desk translates only when a provider
//!   URL is configured (`serve --translate-url`, `DISCRET_TRANSLATE_URL`).
//! - Detection runs on the desk, not on the phone: the mobile library has
//!   no room left, and the desk reads the decrypted text anyway, so no one
//!   learns anything more.
//! - A failing provider never holds a message back: the citizen's text is
//!   recorded at once and its translation added when it comes (or marked
//!   unavailable); an operator's reply goes out untranslated, marked so in
//!   the case record.
//! - Text never reaches a log or an error string: errors say what failed
//!   (unreachable, timeout, HTTP status, unusable answer), never with what.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use discret_protocol::limits;
use discret_protocol::payload::OriginalText;
use reqwest::Url;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use serde_json::json;
use zeroize::Zeroizing;

use super::Desk;
use crate::error::{Error, Result};

/// The language the operators read and write.
pub const DESK_LANGUAGE: &str = "fr";
/// How long a translation may take before the message goes untranslated.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);
/// The most a provider's answer may weigh.
const MAX_ANSWER_BYTES: usize = 256 * 1024;
/// A reply whose translation and original together exceed this is sent
/// without the original (the phone refuses documents over 32 KiB).
const MAX_REPLY_PAYLOAD_BYTES: usize = 24 * 1024;

/// Why a translation failed. Never carries text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TranslateError {
    #[error("invalid translation request: {0}")]
    InvalidInput(&'static str),
    #[error("translation provider unreachable")]
    Unreachable,
    #[error("translation provider did not answer within {0} ms")]
    Timeout(u64),
    #[error("translation provider answered HTTP {0}")]
    Refused(u16),
    #[error("translation provider's answer is unusable: {0}")]
    BadAnswer(&'static str),
}

impl TranslateError {
    /// A short code for the case record and the console.
    pub fn code(&self) -> &'static str {
        match self {
            TranslateError::InvalidInput(_) => "invalid_input",
            TranslateError::Unreachable => "unreachable",
            TranslateError::Timeout(_) => "timeout",
            TranslateError::Refused(_) => "refused",
            TranslateError::BadAnswer(_) => "bad_answer",
        }
    }
}

/// A translated text, and the source language the provider detected when
/// it was asked to.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub text: String,
    pub detected_source: Option<String>,
}

pub type TranslateFuture<'a> =
    Pin<Box<dyn Future<Output = std::result::Result<Translation, TranslateError>> + Send + 'a>>;

/// A translation provider. `source` is `None` to let the provider detect
/// it. Implementations must not log the text.
pub trait Translator: Send + Sync {
    fn translate<'a>(
        &'a self,
        text: &'a str,
        source: Option<&'a str>,
        target: &'a str,
    ) -> TranslateFuture<'a>;
}

/// A language code as translation providers take it: 2–3 lowercase
/// letters, optionally followed by subtags (`pt-BR`, `zh-Hant`).
pub fn valid_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    primary_ok
        && code.len() <= 35
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The primary language subtag of a BCP 47 tag, lowercased (`es-ES` → `es`),
/// or `None` if the tag is not usable.
pub fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    valid_language_code(&primary).then_some(primary)
}

/// Where and how to reach a LibreTranslate-compatible provider.
#[derive(Clone)]
pub struct TranslateConfig {
    pub url: Url,
    pub api_key: Option<Zeroizing<String>>,
    pub timeout: Duration,
}

impl std::fmt::Debug for TranslateConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TranslateConfig")
            .field("url", &self.url.as_str())
            .field("api_key", &self.api_key.as_ref().map(|_| "…"))
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl TranslateConfig {
    /// Checks the provider's base URL: http or https, a host, no
    /// credentials, query or fragment. The error never quotes the URL.
    pub fn new(url: &str, api_key: Option<String>) -> Result<TranslateConfig> {
        let bad = |why: &str| Error::Setup(format!("translation URL: {why}"));
        let url = Url::parse(url.trim()).map_err(|_| bad("not a URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("use http or https"));
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(bad("no host"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(
                "no credentials in the URL (use DISCRET_TRANSLATE_API_KEY)",
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad("no query or fragment"));
        }
        let api_key = api_key
            .filter(|k| !k.trim().is_empty())
            .map(|k| Zeroizing::new(k.trim().to_string()));
        if api_key.as_ref().is_some_and(|k| k.len() > 512) {
            return Err(Error::Setup("translation API key: too long".into()));
        }
        Ok(TranslateConfig {
            url,
            api_key,
            timeout: DEFAULT_TIMEOUT,
        })
    }

    pub fn with_timeout(mut self, timeout: Duration) -> TranslateConfig {
        self.timeout = timeout;
        self
    }
}

/// The LibreTranslate HTTP API: `POST {url}/translate` with
/// `{q, source, target, format: "text", api_key?}`, answering
/// `{translatedText, detectedLanguage?: {language, confidence}}`.
pub struct LibreTranslate {
    http: reqwest::Client,
    endpoint: Url,
    api_key: Option<Zeroizing<String>>,
    timeout: Duration,
}

#[derive(Serialize)]
struct LtRequest<'a> {
    q: &'a str,
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LtAnswer {
    translated_text: String,
    #[serde(default)]
    detected_language: Option<LtDetected>,
}

#[derive(Deserialize)]
struct LtDetected {
    language: String,
}

impl LibreTranslate {
    pub fn new(config: &TranslateConfig) -> Result<LibreTranslate> {
        let tls = super::client_tls("translation")?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .user_agent("discret-desk")
            .connect_timeout(config.timeout)
            .timeout(config.timeout)
            // Text goes to the configured provider and nowhere else.
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .map_err(|_| Error::Setup("translation: HTTP client set-up".into()))?;
        let mut base = config.url.clone();
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let endpoint = base
            .join("translate")
            .map_err(|_| Error::Setup("translation URL: cannot add /translate".into()))?;
        Ok(LibreTranslate {
            http,
            endpoint,
            api_key: config.api_key.clone(),
            timeout: config.timeout,
        })
    }

    async fn call(
        &self,
        text: &str,
        source: Option<&str>,
        target: &str,
    ) -> std::result::Result<Translation, TranslateError> {
        let body = Zeroizing::new(discret_protocol::encode(&LtRequest {
            q: text,
            source: source.unwrap_or("auto"),
            target,
            format: "text",
            api_key: self.api_key.as_ref().map(|k| k.as_str()),
        }));
        let timeout_ms = self.timeout.as_millis() as u64;
        let failed = |e: reqwest::Error| {
            if e.is_timeout() {
                TranslateError::Timeout(timeout_ms)
            } else {
                TranslateError::Unreachable
            }
        };
        let mut response = self
            .http
            .post(self.endpoint.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body.to_vec())
            .send()
            .await
            .map_err(failed)?;
        if !response.status().is_success() {
            return Err(TranslateError::Refused(response.status().as_u16()));
        }
        let mut answer = Zeroizing::new(Vec::new());
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            if answer.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(TranslateError::BadAnswer("too large"));
            }
            answer.extend_from_slice(&chunk);
        }
        let parsed: LtAnswer = serde_json::from_slice(&answer)
            .map_err(|_| TranslateError::BadAnswer("not the expected JSON"))?;
        let translated = discret_protocol::text::sanitize_bidi(parsed.translated_text.trim());
        if translated.is_empty() {
            return Err(TranslateError::BadAnswer("empty translation"));
        }
        if translated.chars().count() > 2 * limits::MAX_MESSAGE_CHARS {
            return Err(TranslateError::BadAnswer("translation too long"));
        }
        Ok(Translation {
            text: translated,
            detected_source: parsed
                .detected_language
                .map(|d| d.language)
                .filter(|l| valid_language_code(l)),
        })
    }
}

impl Translator for LibreTranslate {
    fn translate<'a>(
        &'a self,
        text: &'a str,
        source: Option<&'a str>,
        target: &'a str,
    ) -> TranslateFuture<'a> {
        Box::pin(self.call(text, source, target))
    }
}

/// Checks a request, then asks `translator` within `timeout`.
pub async fn translate_checked(
    translator: &dyn Translator,
    timeout: Duration,
    text: &str,
    source: Option<&str>,
    target: &str,
) -> std::result::Result<Translation, TranslateError> {
    if text.trim().is_empty() {
        return Err(TranslateError::InvalidInput("empty text"));
    }
    if text.chars().count() > limits::MAX_MESSAGE_CHARS {
        return Err(TranslateError::InvalidInput("text too long"));
    }
    if source.is_some_and(|s| !valid_language_code(s)) {
        return Err(TranslateError::InvalidInput("source language"));
    }
    if !valid_language_code(target) {
        return Err(TranslateError::InvalidInput("target language"));
    }
    match tokio::time::timeout(timeout, translator.translate(text, source, target)).await {
        Ok(result) => result,
        Err(_) => Err(TranslateError::Timeout(timeout.as_millis() as u64)),
    }
}

/// The language whatlang finds in a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detected {
    /// ISO 639-1 code (`es`), or whatlang's ISO 639-3 code when the
    /// language has no two-letter one.
    pub language: String,
    /// whatlang's confidence, 0 to 1.
    pub confidence: f64,
    /// whatlang's own judgement: long enough and far enough ahead of the
    /// next language.
    pub reliable: bool,
}

/// Detects the language of `text` (whatlang's 69 languages); `None` when
/// the text has no letters to go on.
pub fn detect_language(text: &str) -> Option<Detected> {
    let info = whatlang::detect(text)?;
    let code = info.lang().code();
    Some(Detected {
        language: iso639_1(code).unwrap_or(code).to_string(),
        confidence: (info.confidence() * 100.0).round() / 100.0,
        reliable: info.is_reliable(),
    })
}

/// whatlang's ISO 639-3 codes → ISO 639-1, as translation providers want.
fn iso639_1(code: &str) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    TABLE
        .iter()
        .find(|(three, _)| *three == code)
        .map(|(_, two)| *two)
}

/// The language to translate from: whatlang's when it is sure, else the
/// language the citizen declared (for the message, else for the chat),
/// else none (the provider detects).
pub fn source_language(detected: Option<&Detected>, declared: &[Option<&str>]) -> Option<String> {
    detected
        .filter(|d| d.reliable && valid_language_code(&d.language))
        .map(|d| d.language.clone())
        .or_else(|| {
            declared
                .iter()
                .flatten()
                .find_map(|tag| primary_language(tag))
        })
}

/// The translator a desk uses, and its deadline.
pub(crate) struct DeskTranslator {
    translator: Arc<dyn Translator>,
    timeout: Duration,
}

impl DeskTranslator {
    async fn translate(
        &self,
        text: &str,
        source: Option<&str>,
        target: &str,
    ) -> std::result::Result<Translation, TranslateError> {
        translate_checked(self.translator.as_ref(), self.timeout, text, source, target).await
    }
}

/// Records what became of a message's translation in its case body.
fn set_translation_note(
    db: &crate::db::Db,
    case_id: i64,
    message_id: &str,
    author: &str,
    note: &serde_json::Value,
) -> Result<()> {
    // Read, change and write under one lock (SQLite is built without its
    // JSON functions: the phone library has no use for them).
    let conn = db.lock();
    let stored: Option<(i64, String)> = conn
        .query_row(
            "SELECT id, body_json FROM case_messages WHERE case_id = ?1 AND message_id = ?2 AND author = ?3",
            params![case_id, message_id, author],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((row, body)) = stored else {
        return Ok(());
    };
    let mut body: serde_json::Value = serde_json::from_str(&body)
        .map_err(|_| Error::Internal("a stored message is not JSON".into()))?;
    let Some(fields) = body.as_object_mut() else {
        return Err(Error::Internal(
            "a stored message is not a JSON object".into(),
        ));
    };
    fields.insert("translation".into(), note.clone());
    conn.execute(
        "UPDATE case_messages SET body_json = ?1 WHERE id = ?2",
        params![body.to_string(), row],
    )?;
    Ok(())
}

/// What became of an operator's reply on its way to the citizen.
pub(crate) enum ReplyTranslation {
    /// Sent in the citizen's language, the original attached.
    Translated { text: String, language: String },
    /// The provider failed: sent as written.
    Unavailable { target: String, error: &'static str },
}

impl ReplyTranslation {
    /// The document for the citizen, and the note for the case record.
    pub(crate) fn apply(
        &self,
        id: &str,
        original: &str,
    ) -> (discret_protocol::payload::DeskPayload, serde_json::Value) {
        use discret_protocol::payload::DeskPayload;
        match self {
            ReplyTranslation::Translated { text, language } => {
                let mut payload = DeskPayload::Text {
                    v: discret_protocol::PROTOCOL_VERSION,
                    id: id.to_string(),
                    text: text.clone(),
                    language: Some(language.clone()),
                    original: Some(OriginalText {
                        text: original.to_string(),
                        language: DESK_LANGUAGE.into(),
                    }),
                };
                let mut attached = true;
                if discret_protocol::encode(&payload).len() > MAX_REPLY_PAYLOAD_BYTES {
                    if let DeskPayload::Text { original, .. } = &mut payload {
                        *original = None;
                    }
                    attached = false;
                }
                let note = json!({ "state": "done", "text": text, "source": DESK_LANGUAGE,
                                   "target": language, "original_attached": attached });
                (payload, note)
            }
            ReplyTranslation::Unavailable { target, error } => (
                DeskPayload::Text {
                    v: discret_protocol::PROTOCOL_VERSION,
                    id: id.to_string(),
                    text: original.to_string(),
                    language: Some(DESK_LANGUAGE.into()),
                    original: None,
                },
                json!({ "state": "unavailable", "source": DESK_LANGUAGE, "target": target,
                        "error": error }),
            ),
        }
    }
}

impl Desk {
    /// Makes the desk translate with `translator` (once; the default is no
    /// translation).
    pub fn set_translator(&self, translator: Arc<dyn Translator>, timeout: Duration) -> Result<()> {
        self.translator
            .set(Arc::new(DeskTranslator {
                translator,
                timeout,
            }))
            .map_err(|_| Error::Setup("the desk already has a translator".into()))
    }

    /// Whether a translation provider is configured.
    pub fn translates(&self) -> bool {
        self.translator.get().is_some()
    }

    /// Intake hook, before a citizen's text is recorded: adds the detected
    /// language and, with a provider, a pending translation to its body.
    pub(crate) fn annotate_citizen_text(&self, text: &str, body: &mut serde_json::Value) {
        body["detected"] = json!(detect_language(text));
        if self.translates() {
            body["translation"] = json!({ "state": "pending", "target": DESK_LANGUAGE });
        }
    }

    /// Intake hook, once the text is recorded: translates it for the
    /// operator in the background, then updates the record.
    pub(crate) fn translate_citizen_text_later(
        &self,
        case_id: i64,
        message_id: &str,
        text: &str,
        body: &serde_json::Value,
    ) -> Result<()> {
        let Some(translator) = self.translator.get().cloned() else {
            return Ok(());
        };
        let chat_language: Option<String> = self
            .db
            .lock()
            .query_row("SELECT language FROM cases WHERE id = ?1", [case_id], |r| {
                r.get(0)
            })
            .optional()?;
        let detected: Option<Detected> = body["detected"].as_object().and_then(|d| {
            Some(Detected {
                language: d.get("language")?.as_str()?.to_string(),
                confidence: d.get("confidence")?.as_f64()?,
                reliable: d.get("reliable")?.as_bool()?,
            })
        });
        let source = source_language(
            detected.as_ref(),
            &[body["language"].as_str(), chat_language.as_deref()],
        );
        if source.as_deref() == Some(DESK_LANGUAGE) {
            let note =
                json!({ "state": "not_needed", "source": DESK_LANGUAGE, "target": DESK_LANGUAGE });
            return set_translation_note(&self.db, case_id, message_id, "citizen", &note);
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            let note = json!({ "state": "unavailable", "source": source, "target": DESK_LANGUAGE,
                               "error": "no_runtime" });
            return set_translation_note(&self.db, case_id, message_id, "citizen", &note);
        };
        let (db, updates) = (self.db.clone(), self.updates.clone());
        let message_id = message_id.to_string();
        let text = Zeroizing::new(text.to_string());
        runtime.spawn(async move {
            let note = match translator
                .translate(&text, source.as_deref(), DESK_LANGUAGE)
                .await
            {
                Ok(t) => json!({ "state": "done", "text": t.text,
                                 "source": source.or(t.detected_source), "target": DESK_LANGUAGE }),
                Err(e) => {
                    tracing::warn!(case = case_id, error = %e, "citizen text not translated");
                    json!({ "state": "unavailable", "source": source, "target": DESK_LANGUAGE,
                            "error": e.code() })
                }
            };
            if let Err(e) = set_translation_note(&db, case_id, &message_id, "citizen", &note) {
                tracing::error!(case = case_id, error = %e, "translation not recorded");
            }
            updates.send_modify(|v| *v += 1);
        });
        Ok(())
    }

    /// An operator's reply, translated into the citizen's language when the
    /// desk has a provider and the citizen does not write French. A failed
    /// translation never blocks the reply: it goes out as written.
    pub async fn reply_translated(
        self: &Arc<Self>,
        case_id: i64,
        operator: &str,
        text: &str,
    ) -> Result<String> {
        let text = super::actions::checked_text("text", text, limits::MAX_MESSAGE_CHARS)?;
        let desk = self.clone();
        let translator = self.translator.get().cloned();
        let target = if translator.is_some() {
            let (desk2, operator2) = (self.clone(), operator.to_string());
            tokio::task::spawn_blocking(move || -> Result<Option<String>> {
                desk2.ensure_taken(case_id, &operator2)?;
                let language: String = desk2.db.lock().query_row(
                    "SELECT language FROM cases WHERE id = ?1",
                    [case_id],
                    |r| r.get(0),
                )?;
                Ok(primary_language(&language).filter(|l| l != DESK_LANGUAGE))
            })
            .await
            .map_err(|_| Error::Internal("reply task".into()))??
        } else {
            None
        };
        let translation = match (target, translator) {
            (Some(target), Some(translator)) => Some(
                match translator
                    .translate(&text, Some(DESK_LANGUAGE), &target)
                    .await
                {
                    Ok(t) => ReplyTranslation::Translated {
                        text: t.text,
                        language: target,
                    },
                    Err(e) => {
                        tracing::warn!(case = case_id, error = %e, "reply not translated");
                        ReplyTranslation::Unavailable {
                            target,
                            error: e.code(),
                        }
                    }
                },
            ),
            _ => None,
        };
        let operator = operator.to_string();
        tokio::task::spawn_blocking(move || {
            desk.reply_with(case_id, &operator, &text, translation.as_ref())
        })
        .await
        .map_err(|_| Error::Internal("reply task".into()))?
    }
}

#[cfg(test)]
mod tests;
