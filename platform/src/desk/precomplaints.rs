//! Pre-complaints received by the desk: their receipt numbers and the list
//! the console shows (newest first). The form itself is the case's
//! `pre_complaint` message.

use rusqlite::params;
use serde::Serialize;

use super::Desk;
use crate::error::Result;

/// The receipt number of the pre-complaint of case `case_id`: unique on
/// this desk, short enough to read out at the appointment.
pub fn receipt_number(case_id: i64) -> String {
    format!("PP-{case_id:07}")
}

/// One line of the console's pre-complaint list.
#[derive(Debug, Clone, Serialize)]
pub struct PreComplaintSummary {
    pub case_id: i64,
    pub receipt: String,
    pub offence: String,
    pub facts_date: String,
    pub station_name: String,
    pub surname: String,
    pub received_ms: i64,
    pub state: String,
}

/// Read through the partial index on pre-complaint messages.
const LIST: &str = "SELECT m.case_id, m.body_json, m.at_ms, c.state FROM case_messages m \
    JOIN cases c ON c.id = m.case_id WHERE m.kind = 'pre_complaint' \
    ORDER BY m.id DESC LIMIT 500";

impl Desk {
    /// The last 500 pre-complaints, newest first.
    pub fn pre_complaints(&self) -> Result<Vec<PreComplaintSummary>> {
        let conn = self.db.lock();
        let mut stmt = conn.prepare(LIST)?;
        let rows = stmt
            .query_map(params![], |r| {
                let body: String = r.get(1)?;
                Ok((r.get::<_, i64>(0)?, body, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<(i64, String, i64, String)>>>()?;
        Ok(rows
            .into_iter()
            .map(|(case_id, body, received_ms, state)| {
                let b: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
                PreComplaintSummary {
                    case_id,
                    receipt: text(&b["receipt"]),
                    offence: text(&b["offence"]),
                    facts_date: text(&b["facts_date"]),
                    station_name: text(&b["station_name"]),
                    surname: text(&b["declarant"]["surname"]),
                    received_ms,
                    state,
                }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_reads_the_pre_complaint_index_not_every_message() {
        let dir =
            std::env::temp_dir().join(format!("discret-pp-{}", crate::relay_reports::random_id()));
        let db = crate::db::Db::open(&dir).unwrap();
        let plan: Vec<String> = db
            .lock()
            .prepare(&format!("EXPLAIN QUERY PLAN {LIST}"))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(
            plan.iter()
                .any(|step| step.contains("case_messages_pre_complaints")),
            "{plan:?}"
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
