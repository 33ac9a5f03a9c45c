//! Time to first answer: the desk's promise is an answer in under two
//! minutes; these figures say whether it is kept.

use serde::Serialize;

use crate::db::Db;
use crate::error::Result;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AnswerStats {
    pub cases: u64,
    pub answered: u64,
    pub waiting_now: u64,
    pub median_first_answer_secs: Option<f64>,
    pub p90_first_answer_secs: Option<f64>,
    /// Share of answered cases answered within 120 s.
    pub within_two_minutes: Option<f64>,
}

/// Wait assumed per position in the queue before any case was answered.
const DEFAULT_WAIT_PER_POSITION_SECS: f64 = 60.0;

fn answer_delays(db: &Db, limit: i64) -> Result<Vec<f64>> {
    let conn = db.lock();
    let mut stmt = conn.prepare(
        "SELECT (first_answer_ms - created_ms) / 1000.0 FROM cases WHERE first_answer_ms IS NOT NULL ORDER BY id DESC LIMIT ?1",
    )?;
    let mut delays = stmt
        .query_map([limit], |r| r.get::<_, f64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    delays.sort_by(f64::total_cmp);
    Ok(delays)
}

fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let index = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted.get(index).copied()
}

pub fn answer_stats(db: &Db) -> Result<AnswerStats> {
    let delays = answer_delays(db, i64::MAX)?;
    let (cases, waiting): (i64, i64) = db.lock().query_row(
        "SELECT count(*), coalesce(sum(state = 'waiting'), 0) FROM cases",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let within = delays.iter().filter(|d| **d <= 120.0).count();
    Ok(AnswerStats {
        cases: cases as u64,
        answered: delays.len() as u64,
        waiting_now: waiting as u64,
        median_first_answer_secs: quantile(&delays, 0.5),
        p90_first_answer_secs: quantile(&delays, 0.9),
        within_two_minutes: (!delays.is_empty()).then(|| within as f64 / delays.len() as f64),
    })
}

/// Estimated wait for a new case at `position`: the recent median answer
/// time per position ahead.
pub fn estimated_wait_secs(db: &Db, position: u32) -> Result<u32> {
    let recent = answer_delays(db, 50)?;
    let per_position = quantile(&recent, 0.5)
        .unwrap_or(DEFAULT_WAIT_PER_POSITION_SECS)
        .max(1.0);
    Ok((per_position * position as f64)
        .round()
        .min(u32::MAX as f64) as u32)
}

#[cfg(test)]
mod tests {
    use super::quantile;

    #[test]
    fn quantiles_of_sorted_delays() {
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[10.0], 0.9), Some(10.0));
        let d: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(quantile(&d, 0.5), Some(6.0));
        assert_eq!(quantile(&d, 0.9), Some(9.0));
    }
}
