//! The queue and the case views the console shows: open cases sorted by
//! risk, then by waiting time; a case with its messages.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Desk;
use crate::db::now_ms;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Serialize)]
pub struct QueueItem {
    pub id: i64,
    pub state: String,
    pub category: String,
    pub language: String,
    pub silent: bool,
    pub minor: bool,
    pub acting_for_victim: bool,
    pub agent_alert: bool,
    pub location: Option<serde_json::Value>,
    pub operator: Option<String>,
    pub waiting_secs: i64,
    pub risk: u32,
    pub unread: i64,
    pub left_abruptly: bool,
    pub patrol_dispatched: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseMessage {
    pub author: String,
    pub kind: String,
    pub message_id: String,
    pub body: serde_json::Value,
    pub at_ms: i64,
    pub read: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    #[serde(flatten)]
    pub summary: QueueItem,
    pub created_ms: i64,
    pub first_answer_ms: Option<i64>,
    pub closed_reason: Option<String>,
    pub messages: Vec<CaseMessage>,
    /// The last shared location, assessed: commune, competent force,
    /// nearest stations (see `places.rs`).
    pub places: Option<serde_json::Value>,
}

/// Risk score: the flags and categories that cannot wait come first.
pub fn risk(
    category: &str,
    silent: bool,
    minor: bool,
    acting_for_victim: bool,
    agent_alert: bool,
) -> u32 {
    let category_weight = match category {
        "armed_individual" => 5,
        "fire_evacuation" => 4,
        "domestic_violence" | "sexual_violence" | "child_in_danger" | "intrusion" | "assault" => 3,
        "threat" | "missing_person" | "harassment" | "refused_check" => 2,
        // Not urgent: an appointment at a station follows.
        "pre_complaint" => 0,
        _ => 1,
    };
    category_weight
        + 4 * agent_alert as u32
        + 3 * minor as u32
        + 2 * silent as u32
        + acting_for_victim as u32
}

const SUMMARY_COLUMNS: &str = "c.id, c.state, c.category, c.language, c.silent, c.minor, c.acting_for_victim, \
    c.agent_alert, c.location_json, c.operator, c.created_ms, c.closed_ms, c.closed_reason, c.patrol_dispatched, \
    (SELECT count(*) FROM case_messages m WHERE m.case_id = c.id AND m.author = 'citizen' AND m.read = 0 AND m.kind = 'text')";

fn summary(row: &rusqlite::Row<'_>, now: i64) -> rusqlite::Result<QueueItem> {
    let category: String = row.get(2)?;
    let (silent, minor, acting, agent): (bool, bool, bool, bool) =
        (row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?);
    let created: i64 = row.get(10)?;
    let closed: Option<i64> = row.get(11)?;
    let reason: Option<String> = row.get(12)?;
    let location: Option<String> = row.get(8)?;
    Ok(QueueItem {
        id: row.get(0)?,
        state: row.get(1)?,
        risk: risk(&category, silent, minor, acting, agent),
        category,
        language: row.get(3)?,
        silent,
        minor,
        acting_for_victim: acting,
        agent_alert: agent,
        location: location.and_then(|l| serde_json::from_str(&l).ok()),
        operator: row.get(9)?,
        waiting_secs: (closed.unwrap_or(now) - created).max(0) / 1000,
        unread: row.get(14)?,
        left_abruptly: reason.as_deref() == Some("left abruptly"),
        patrol_dispatched: row.get(13)?,
    })
}

impl Desk {
    /// Open cases first, by risk then waiting time; then the last closed ones.
    pub fn queue(&self) -> Result<Vec<QueueItem>> {
        let now = now_ms();
        let conn = self.db.lock();
        let mut stmt = conn.prepare(&format!(
            "SELECT {SUMMARY_COLUMNS} FROM cases c WHERE c.state != 'closed' OR c.closed_ms > ?1 ORDER BY c.id DESC LIMIT 500"
        ))?;
        let mut items = stmt
            .query_map([now - 3_600_000], |r| summary(r, now))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        items.sort_by(|a, b| {
            (a.state == "closed")
                .cmp(&(b.state == "closed"))
                .then(b.risk.cmp(&a.risk))
                .then(b.waiting_secs.cmp(&a.waiting_secs))
        });
        Ok(items)
    }

    pub fn case(&self, case_id: i64) -> Result<CaseView> {
        let now = now_ms();
        let conn = self.db.lock();
        let (summary, created_ms, first_answer_ms, closed_reason) = conn
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS}, c.first_answer_ms FROM cases c WHERE c.id = ?1"
                ),
                [case_id],
                |r| Ok((summary(r, now)?, r.get(10)?, r.get(15)?, r.get(12)?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let mut stmt = conn.prepare(
            "SELECT author, kind, message_id, body_json, at_ms, read FROM case_messages WHERE case_id = ?1 ORDER BY id",
        )?;
        let messages = stmt
            .query_map(params![case_id], |r| {
                let body: String = r.get(3)?;
                Ok(CaseMessage {
                    author: r.get(0)?,
                    kind: r.get(1)?,
                    message_id: r.get(2)?,
                    body: serde_json::from_str(&body).unwrap_or_default(),
                    at_ms: r.get(4)?,
                    read: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let places = summary.location.as_ref().and_then(super::places::assess);
        Ok(CaseView {
            summary,
            created_ms,
            first_answer_ms,
            closed_reason,
            messages,
            places,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::risk;

    #[test]
    fn agent_alerts_and_minors_outrank_ordinary_chats() {
        let ordinary = risk("theft", false, false, false, false);
        assert!(risk("theft", false, false, false, true) > ordinary);
        assert!(
            risk("theft", false, true, false, false) > risk("theft", true, false, false, false)
        );
        assert!(
            risk("armed_individual", true, false, false, false)
                > risk("theft", true, false, false, false)
        );
    }
}
