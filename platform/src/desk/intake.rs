//! Messages from citizens: decrypt (a pre-key message opens a case), record
//! them in the case, acknowledge them. Rejected ciphertext is logged with a
//! reason and the case number, never with content.

use discret_protocol::olm::{from_wire, rejection_reason, session_config};
use discret_protocol::payload::{ChatOpening, CitizenPayload, DeskPayload};
use discret_protocol::relay::Ciphertext;
use discret_protocol::{limits, PROTOCOL_VERSION};
use rusqlite::{params, OptionalExtension};
use serde_json::json;
use vodozemac::olm::OlmMessage;
use zeroize::Zeroizing;

use super::{lock, Desk};
use crate::db::now_ms;
use crate::error::Result;

/// What happened to one upward message (for tests and logs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intake {
    Opened(i64),
    Recorded(i64),
    Rejected(&'static str),
}

impl Desk {
    /// Takes the messages waiting at the relay (a batch), in order;
    /// returns how many.
    pub fn take_pending(&self) -> Result<usize> {
        let pending = self.relay.pending_up()?;
        if pending.is_empty() {
            return Ok(0);
        }
        for up in &pending {
            match self.take_one(&up.chat_hash, &up.ciphertext) {
                Ok(Intake::Rejected(reason)) => {
                    tracing::warn!(reason, "rejected a citizen message")
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "a citizen message could not be recorded"),
            }
        }
        // One write for the whole batch; a crash before it only means the
        // desk sees these again, and Olm refuses them as replays.
        self.relay
            .taken_up(pending.iter().map(|up| up.taken()).collect())?;
        self.bump();
        Ok(pending.len())
    }

    pub fn take_one(&self, chat_hash: &str, ciphertext: &Ciphertext) -> Result<Intake> {
        let message = match from_wire(ciphertext) {
            Ok(m) => m,
            Err(reason) => return Ok(Intake::Rejected(reason)),
        };
        let case_id: Option<i64> = self
            .db
            .lock()
            .query_row(
                "SELECT id FROM cases WHERE chat_hash = ?1",
                [chat_hash],
                |r| r.get(0),
            )
            .optional()?;
        let Some(case_id) = case_id else {
            return self.open_case(chat_hash, &message);
        };
        let decrypted = self.with_session(case_id, |session| Ok(session.decrypt(&message)));
        let plaintext = match decrypted? {
            Ok(p) => Zeroizing::new(p),
            Err(e) => {
                tracing::warn!(
                    case = case_id,
                    reason = rejection_reason(&e),
                    "rejected ciphertext"
                );
                return Ok(Intake::Rejected(rejection_reason(&e)));
            }
        };
        let payload = match CitizenPayload::decode(&plaintext, limits::MAX_CIPHERTEXT_BYTES) {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(case = case_id, error = %e, "unreadable payload");
                return Ok(Intake::Rejected("unreadable payload"));
            }
        };
        self.record(case_id, payload)?;
        Ok(Intake::Recorded(case_id))
    }

    fn open_case(&self, chat_hash: &str, message: &OlmMessage) -> Result<Intake> {
        let OlmMessage::PreKey(pre_key) = message else {
            return Ok(Intake::Rejected("out-of-session message"));
        };
        let created = {
            let mut account = lock(&self.account);
            let created =
                account.create_inbound_session(session_config(), pre_key.identity_key(), pre_key);
            if created.is_ok() {
                super::identity::save_account(&self.db, &account, &self.pickle_key)?;
            }
            created
        };
        let Ok(created) = created else {
            return Ok(Intake::Rejected("pre-key message for no key of this desk"));
        };
        let plaintext = Zeroizing::new(created.plaintext);
        let opening = match CitizenPayload::decode(&plaintext, limits::MAX_CIPHERTEXT_BYTES) {
            Ok(CitizenPayload::Open { opening, .. }) => opening,
            _ => return Ok(Intake::Rejected("a chat must start with its opening")),
        };
        let case_id = self.insert_case(chat_hash, &opening, &created.session)?;
        lock(&self.sessions).insert(case_id, created.session);
        tracing::info!(case = case_id, "new chat");
        let position = self.queue_position(case_id)?;
        let wait = super::stats::estimated_wait_secs(&self.db, position)?;
        self.send(
            case_id,
            &DeskPayload::Queued {
                v: PROTOCOL_VERSION,
                position,
                estimated_wait_secs: wait,
            },
        )?;
        self.send(
            case_id,
            &DeskPayload::AutoAck {
                v: PROTOCOL_VERSION,
                text: auto_ack_text(&opening.language).into(),
            },
        )?;
        Ok(Intake::Opened(case_id))
    }

    fn insert_case(
        &self,
        chat_hash: &str,
        o: &ChatOpening,
        session: &vodozemac::olm::Session,
    ) -> Result<i64> {
        let pickle = session.pickle().encrypt(&self.pickle_key);
        let location = o
            .location
            .as_ref()
            .map(|l| serde_json::to_string(l).unwrap_or_default());
        let conn = self.db.lock();
        conn.execute(
            "INSERT INTO cases (chat_hash, session_pickle, state, category, language, silent, minor, \
             acting_for_victim, agent_alert, location_json, created_ms) \
             VALUES (?1, ?2, 'waiting', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                chat_hash,
                pickle,
                o.category.chars().take(limits::MAX_SHORT_FIELD_CHARS).collect::<String>(),
                o.language.chars().take(limits::MAX_SHORT_FIELD_CHARS).collect::<String>(),
                o.silent,
                o.minor,
                o.acting_for_victim,
                o.agent_alert,
                location,
                now_ms()
            ],
        )?;
        Ok(conn.last_insert_rowid())
    }

    fn queue_position(&self, case_id: i64) -> Result<u32> {
        let position: i64 = self.db.lock().query_row(
            "SELECT count(*) FROM cases WHERE state = 'waiting' AND id <= ?1",
            [case_id],
            |r| r.get(0),
        )?;
        Ok(position.max(1) as u32)
    }

    /// Records one citizen payload in its case and acknowledges it.
    fn record(&self, case_id: i64, payload: CitizenPayload) -> Result<()> {
        let delivered = |id: &str| DeskPayload::Delivered {
            v: PROTOCOL_VERSION,
            message_id: id.to_string(),
        };
        match payload {
            CitizenPayload::Open { .. } => {
                tracing::warn!(case = case_id, "ignored a second opening");
            }
            CitizenPayload::Text {
                id, text, language, ..
            } => {
                let text = discret_protocol::text::sanitize_bidi(&text);
                let mut body = json!({ "text": text, "language": language });
                self.annotate_citizen_text(&text, &mut body);
                self.add_message(case_id, "citizen", "text", &id, body.clone())?;
                self.send(case_id, &delivered(&id))?;
                if let Err(e) = self.translate_citizen_text_later(case_id, &id, &text, &body) {
                    tracing::warn!(case = case_id, error = %e, "translation not started");
                }
            }
            CitizenPayload::Location { id, fix, .. } => {
                let fix_json = self.set_location(case_id, &fix)?;
                self.add_message(case_id, "citizen", "location", &id, fix_json)?;
                self.send(case_id, &delivered(&id))?;
            }
            CitizenPayload::TapAnswer {
                id,
                question_id,
                answer,
                ..
            } => {
                self.add_message(
                    case_id,
                    "citizen",
                    "tap_answer",
                    &id,
                    json!({ "question_id": question_id, "answer": answer }),
                )?;
                self.send(case_id, &delivered(&id))?;
            }
            CitizenPayload::Read { message_id, .. } => {
                self.db.lock().execute(
                    "UPDATE case_messages SET read = 1 WHERE case_id = ?1 AND message_id = ?2 AND author = 'operator'",
                    params![case_id, message_id],
                )?;
            }
            CitizenPayload::Close { id, .. } => {
                self.add_message(case_id, "citizen", "closed", &id, json!({}))?;
                self.finish(case_id, "closed by the citizen")?;
            }
            CitizenPayload::LeftAbruptly { id, .. } => {
                self.add_message(case_id, "citizen", "left_abruptly", &id, json!({}))?;
                self.finish(case_id, "left abruptly")?;
            }
            CitizenPayload::DutyAlert { id, alert, .. } => {
                // The alert's location (live, or the site's) is the case's.
                self.set_location(case_id, &alert.location)?;
                let body = without_bidi_controls(serde_json::to_value(&alert).unwrap_or_default());
                self.add_message(case_id, "citizen", "duty_alert", &id, body)?;
                self.send(case_id, &delivered(&id))?;
            }
            CitizenPayload::PreComplaint { id, form, .. } => {
                let receipt = super::precomplaints::receipt_number(case_id);
                let mut body =
                    without_bidi_controls(serde_json::to_value(&form).unwrap_or_default());
                body["receipt"] = json!(receipt);
                self.add_message(case_id, "citizen", "pre_complaint", &id, body)?;
                self.send(case_id, &delivered(&id))?;
                self.send(
                    case_id,
                    &DeskPayload::PreComplaintReceipt {
                        v: PROTOCOL_VERSION,
                        message_id: id,
                        receipt,
                    },
                )?;
            }
        }
        Ok(())
    }

    /// Records the case's last known location; returns it as JSON.
    fn set_location(
        &self,
        case_id: i64,
        fix: &discret_protocol::payload::LocationFix,
    ) -> Result<serde_json::Value> {
        let fix_json = serde_json::to_value(fix).unwrap_or_default();
        self.db.lock().execute(
            "UPDATE cases SET location_json = ?1 WHERE id = ?2",
            params![fix_json.to_string(), case_id],
        )?;
        Ok(fix_json)
    }

    pub(crate) fn add_message(
        &self,
        case_id: i64,
        author: &str,
        kind: &str,
        message_id: &str,
        body: serde_json::Value,
    ) -> Result<()> {
        self.db.lock().execute(
            "INSERT INTO case_messages (case_id, author, kind, message_id, body_json, at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![case_id, author, kind, message_id, body.to_string(), now_ms()],
        )?;
        Ok(())
    }

    /// Closes the relay chat, then the case: should the relay fail (a desk
    /// link down), the case stays open and closing it can be tried again.
    pub(crate) fn finish(&self, case_id: i64, reason: &str) -> Result<()> {
        let chat_hash: String = self.db.lock().query_row(
            "SELECT chat_hash FROM cases WHERE id = ?1",
            [case_id],
            |r| r.get(0),
        )?;
        self.relay.close_chat(&chat_hash)?;
        self.db.lock().execute(
            "UPDATE cases SET state = 'closed', closed_ms = ?1, closed_reason = ?2 WHERE id = ?3 AND state != 'closed'",
            params![now_ms(), reason, case_id],
        )?;
        Ok(())
    }
}

/// The automatic acknowledgement, in the citizen's language when the desk
/// has it (the i18n work adds more).
fn auto_ack_text(language: &str) -> &'static str {
    if language == "fr" || language.starts_with("fr-") {
        "Votre message a bien été reçu par la police et la gendarmerie. Un opérateur va vous répondre. \
         Si vous pouvez parler et qu'une vie est en danger, appelez le 17 ou le 112."
    } else {
        "Your message has reached the police and gendarmerie. An operator will answer you. \
         If you can speak and a life is in danger, call 17 or 112."
    }
}

/// Every string in `value` without bidirectional controls, as citizen
/// text is stored (they could make the console show text in another order).
fn without_bidi_controls(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(discret_protocol::text::sanitize_bidi(&s)),
        Value::Array(items) => Value::Array(items.into_iter().map(without_bidi_controls).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k, without_bidi_controls(v)))
                .collect(),
        ),
        other => other,
    }
}

#[cfg(test)]
mod bidi_tests {
    use super::without_bidi_controls;
    use serde_json::json;

    #[test]
    fn bidi_controls_go_from_every_string_of_a_form() {
        let form = json!({
            "surname": "Dupont\u{202E}TnoP",
            "items": [{ "label": "sac\u{2066}", "value_cents": 100 }],
            "station_id": 3
        });
        let clean = without_bidi_controls(form);
        assert_eq!(clean["surname"], "DupontTnoP");
        assert_eq!(clean["items"][0]["label"], "sac");
        assert_eq!(clean["items"][0]["value_cents"], 100);
        assert_eq!(clean["station_id"], 3);
    }
}
