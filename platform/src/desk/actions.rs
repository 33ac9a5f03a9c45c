//! What operators do on a case: take it, answer (text or one-tap
//! question), show typing, mark read, dispatch a patrol, close. Every action
//! is checked, recorded in the case and sent end-to-end encrypted.

use discret_protocol::payload::DeskPayload;
use discret_protocol::{limits, PROTOCOL_VERSION};
use rusqlite::{params, OptionalExtension};
use serde_json::json;

use super::Desk;
use crate::db::now_ms;
use crate::error::{Error, Result};
use crate::relay::hex;

const MAX_PROMPT_CHARS: usize = 500;
const MAX_NOTE_CHARS: usize = 500;

fn new_id() -> String {
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes);
    hex(&bytes)
}

pub(super) fn checked_text(field: &str, text: &str, max: usize) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::BadRequest(format!("{field} is empty")));
    }
    let count = text.chars().count();
    if count > max {
        return Err(Error::BadRequest(format!(
            "{field} has {count} characters; at most {max}"
        )));
    }
    Ok(text.to_string())
}

impl Desk {
    fn open_case_state(&self, case_id: i64) -> Result<String> {
        let state: Option<String> = self
            .db
            .lock()
            .query_row("SELECT state FROM cases WHERE id = ?1", [case_id], |r| {
                r.get(0)
            })
            .optional()?;
        match state {
            None => Err(Error::NotFound),
            Some(s) if s == "closed" => Err(Error::ChatClosed),
            Some(s) => Ok(s),
        }
    }

    /// Records the first answer time, once.
    fn answered(&self, case_id: i64) -> Result<()> {
        self.db.lock().execute(
            "UPDATE cases SET first_answer_ms = ?1 WHERE id = ?2 AND first_answer_ms IS NULL",
            params![now_ms(), case_id],
        )?;
        Ok(())
    }

    /// The operator takes the case; the citizen learns an operator joined.
    pub fn take(&self, case_id: i64, operator: &str, display_name: &str) -> Result<()> {
        self.open_case_state(case_id)?;
        self.db.lock().execute(
            "UPDATE cases SET operator = ?1, state = 'active' WHERE id = ?2",
            params![operator, case_id],
        )?;
        self.send(
            case_id,
            &DeskPayload::OperatorJoined {
                v: PROTOCOL_VERSION,
                operator: display_name.to_string(),
            },
        )?;
        self.add_message(
            case_id,
            "operator",
            "joined",
            &new_id(),
            json!({ "operator": display_name }),
        )?;
        self.bump();
        Ok(())
    }

    /// Sends the operator's text as written (see
    /// [`Desk::reply_translated`] for the translating path).
    pub fn reply(&self, case_id: i64, operator: &str, text: &str) -> Result<String> {
        self.reply_with(case_id, operator, text, None)
    }

    /// Sends a reply, translated when `translation` says so.
    pub(super) fn reply_with(
        &self,
        case_id: i64,
        operator: &str,
        text: &str,
        translation: Option<&super::translate::ReplyTranslation>,
    ) -> Result<String> {
        let text = checked_text("text", text, limits::MAX_MESSAGE_CHARS)?;
        self.ensure_taken(case_id, operator)?;
        let id = new_id();
        let mut body = json!({ "text": text, "operator": operator });
        let payload = match translation {
            Some(translation) => {
                let (payload, note) = translation.apply(&id, &text);
                body["translation"] = note;
                payload
            }
            None => DeskPayload::Text {
                v: PROTOCOL_VERSION,
                id: id.clone(),
                text: text.clone(),
                language: None,
                original: None,
            },
        };
        self.send(case_id, &payload)?;
        self.add_message(case_id, "operator", "text", &id, body)?;
        self.answered(case_id)?;
        self.bump();
        Ok(id)
    }

    pub fn ask(
        &self,
        case_id: i64,
        operator: &str,
        prompt: &str,
        choices: &[String],
    ) -> Result<String> {
        let prompt = checked_text("prompt", prompt, MAX_PROMPT_CHARS)?;
        if choices.len() < 2 || choices.len() > limits::MAX_TAP_CHOICES {
            return Err(Error::BadRequest(format!(
                "a tap question has 2 to {} choices",
                limits::MAX_TAP_CHOICES
            )));
        }
        let choices = choices
            .iter()
            .map(|c| checked_text("choice", c, limits::MAX_SHORT_FIELD_CHARS))
            .collect::<Result<Vec<_>>>()?;
        self.ensure_taken(case_id, operator)?;
        let id = new_id();
        self.send(
            case_id,
            &DeskPayload::TapQuestion {
                v: PROTOCOL_VERSION,
                id: id.clone(),
                prompt: prompt.clone(),
                choices: choices.clone(),
            },
        )?;
        self.add_message(
            case_id,
            "operator",
            "tap_question",
            &id,
            json!({ "prompt": prompt, "choices": choices }),
        )?;
        self.answered(case_id)?;
        self.bump();
        Ok(id)
    }

    pub fn typing(&self, case_id: i64, operator: &str) -> Result<()> {
        self.ensure_taken(case_id, operator)?;
        self.send(
            case_id,
            &DeskPayload::Typing {
                v: PROTOCOL_VERSION,
            },
        )
    }

    /// Marks the citizen's messages read and tells the citizen.
    pub fn mark_read(&self, case_id: i64, operator: &str) -> Result<usize> {
        self.ensure_taken(case_id, operator)?;
        let unread: Vec<String> = {
            let conn = self.db.lock();
            let mut stmt = conn.prepare(
                "SELECT message_id FROM case_messages WHERE case_id = ?1 AND author = 'citizen' AND read = 0 AND kind = 'text' ORDER BY id",
            )?;
            let ids = stmt
                .query_map([case_id], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()?;
            conn.execute(
                "UPDATE case_messages SET read = 1 WHERE case_id = ?1 AND author = 'citizen'",
                [case_id],
            )?;
            ids
        };
        for message_id in &unread {
            self.send(
                case_id,
                &DeskPayload::Read {
                    v: PROTOCOL_VERSION,
                    message_id: message_id.clone(),
                },
            )?;
        }
        self.bump();
        Ok(unread.len())
    }

    pub fn dispatch_patrol(&self, case_id: i64, operator: &str, note: Option<&str>) -> Result<()> {
        let note = note
            .filter(|n| !n.trim().is_empty())
            .map(|n| checked_text("note", n, MAX_NOTE_CHARS))
            .transpose()?;
        self.ensure_taken(case_id, operator)?;
        self.send(
            case_id,
            &DeskPayload::PatrolDispatched {
                v: PROTOCOL_VERSION,
                note: note.clone(),
            },
        )?;
        self.db.lock().execute(
            "UPDATE cases SET patrol_dispatched = 1 WHERE id = ?1",
            [case_id],
        )?;
        self.add_message(
            case_id,
            "operator",
            "patrol_dispatched",
            &new_id(),
            json!({ "note": note }),
        )?;
        self.bump();
        Ok(())
    }

    pub fn close_case(&self, case_id: i64, operator: &str, reason: Option<&str>) -> Result<()> {
        let reason = reason
            .filter(|r| !r.trim().is_empty())
            .map(|r| checked_text("reason", r, MAX_NOTE_CHARS))
            .transpose()?
            .unwrap_or_else(|| "closed by the operator".into());
        self.ensure_taken(case_id, operator)?;
        self.send(
            case_id,
            &DeskPayload::Closed {
                v: PROTOCOL_VERSION,
                reason: reason.clone(),
            },
        )?;
        self.add_message(
            case_id,
            "operator",
            "closed",
            &new_id(),
            json!({ "reason": reason }),
        )?;
        self.finish(case_id, &reason)?;
        self.bump();
        Ok(())
    }

    /// The case is open and this operator holds it (taking it if nobody does).
    pub(super) fn ensure_taken(&self, case_id: i64, operator: &str) -> Result<()> {
        self.open_case_state(case_id)?;
        let holder: Option<String> = self.db.lock().query_row(
            "SELECT operator FROM cases WHERE id = ?1",
            [case_id],
            |r| r.get(0),
        )?;
        match holder {
            Some(h) if h == operator => Ok(()),
            Some(_) => Err(Error::BadRequest("another operator holds this case".into())),
            None => Err(Error::BadRequest("take the case before answering".into())),
        }
    }
}
