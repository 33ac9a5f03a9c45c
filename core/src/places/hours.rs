//! Opening hours: the free text of the official files (`horaires_accueil`,
//! e.g. "Lundi : 8h00-12h00 14h00-18h00 Mardi : … Dimanche : fermé") parsed
//! into a weekly schedule, and "open now, until…" / "closed, opens at…"
//! answers in the station's local time.
//!
//! Standard library only: `build.rs` includes this file too.

use std::fmt;

/// Minutes in a day.
const DAY: u16 = 24 * 60;

pub const DAY_NAMES_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Opening intervals for each day of the week, Monday first, in minutes
/// after local midnight (`end` exclusive, at most 1440). A day without
/// interval is closed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WeeklySchedule {
    pub days: [Vec<(u16, u16)>; 7],
}

/// A moment of the local week: day (0 = Monday) and minute of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WeekTime {
    pub weekday: u8,
    pub minute: u16,
}

impl fmt::Display for WeekTime {
    /// "lundi 08h00"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {:02}h{:02}",
            DAY_NAMES_FR[self.weekday as usize % 7],
            self.minute / 60,
            self.minute % 60
        )
    }
}

/// Open or closed at a given moment, and until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open; `closes_at` is `None` when it never closes (24/7).
    Open { closes_at: Option<WeekTime> },
    /// Closed; `opens_at` is `None` when it never opens.
    Closed { opens_at: Option<WeekTime> },
}

/// Why a `horaires_accueil` text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoursError {
    /// Nothing but blanks.
    Empty,
    /// A word that is neither a day, a time nor a known phrase.
    Unrecognised { word: String },
    /// Times with no day before them.
    NoDay,
    /// A time like "25h00" or "8h75".
    BadTime { word: String },
    /// A time without its partner ("8h00-" or "8h00 14h00").
    UnpairedTime,
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HoursError::Empty => write!(f, "no opening hours"),
            HoursError::Unrecognised { word } => write!(f, "unrecognised word {word:?}"),
            HoursError::NoDay => write!(f, "hours given before any day"),
            HoursError::BadTime { word } => write!(f, "invalid time {word:?}"),
            HoursError::UnpairedTime => write!(f, "an opening time without its closing time"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Day(u8),
    Time(u16),
    Dash,
    Closed,
    AllDay,
    AllWeek,
}

fn fold(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'û' | 'ù' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

/// "8h00", "08h30", "8h", "8:00", "12H", "midi", "minuit".
fn parse_time(word: &str) -> Option<Result<u16, HoursError>> {
    match word {
        "midi" => return Some(Ok(12 * 60)),
        "minuit" => return Some(Ok(DAY)),
        _ => {}
    }
    let (h, m) = word.split_once(['h', ':'])?;
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if m.len() > 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let bad = || HoursError::BadTime { word: word.into() };
    let hours: u16 = h.parse().ok()?;
    let minutes: u16 = if m.is_empty() { 0 } else { m.parse().ok()? };
    if hours > 24 || minutes > 59 || (hours == 24 && minutes > 0) {
        return Some(Err(bad()));
    }
    Some(Ok(hours * 60 + minutes))
}

fn tokenize(text: &str) -> Result<Vec<Token>, HoursError> {
    let folded: String = text.to_lowercase().chars().map(fold).collect();
    // Separate dashes and the "à" of "8h00 à 12h00" from the words around
    // them; keep "24h/24" and "7j/7" whole.
    let spaced = folded
        .replace(['–', '—'], "-")
        .replace('-', " - ")
        .replace(['(', ')', ',', ';', '.', '\n', '\t'], " ");
    let mut tokens = Vec::new();
    for word in spaced.split_whitespace() {
        let word = word.trim_end_matches(':');
        if word.is_empty() {
            continue;
        }
        if let Some(day) = DAY_NAMES_FR.iter().position(|d| *d == word) {
            tokens.push(Token::Day(day as u8));
            continue;
        }
        match word {
            "-" | "a" | "au" => tokens.push(Token::Dash),
            "ferme" | "fermee" | "fermes" | "fermees" | "closed" => tokens.push(Token::Closed),
            "24h/24" | "24h24" | "24/24" => tokens.push(Token::AllDay),
            "7j/7" | "7j7" | "7/7" => tokens.push(Token::AllWeek),
            "de" | "du" | "et" | "le" | "les" | "h" | "ouvert" | "horaires" | "accueil" => {}
            w => match parse_time(w) {
                Some(t) => tokens.push(Token::Time(t?)),
                None => return Err(HoursError::Unrecognised { word: w.into() }),
            },
        }
    }
    Ok(tokens)
}

/// Parses a free-text opening-hours field.
pub fn parse_hours(text: &str) -> Result<WeeklySchedule, HoursError> {
    let tokens = tokenize(text)?;
    if tokens.is_empty() {
        return Err(HoursError::Empty);
    }
    let mut schedule = WeeklySchedule::default();
    let mut current: Vec<u8> = Vec::new();
    let mut in_spec = false; // times or "fermé" seen since the last day group
    let mut i = 0;
    let add = |schedule: &mut WeeklySchedule, days: &[u8], start: u16, end: u16| {
        for &d in days {
            if end > start {
                schedule.days[d as usize].push((start, end));
            } else {
                // Past midnight: the rest of the day, then the next morning.
                schedule.days[d as usize].push((start, DAY));
                if end > 0 {
                    schedule.days[(d as usize + 1) % 7].push((0, end));
                }
            }
        }
    };
    while i < tokens.len() {
        match &tokens[i] {
            Token::Day(d) => {
                if in_spec {
                    current.clear();
                    in_spec = false;
                }
                // "lundi au vendredi", "lundi - vendredi"
                if let (Some(Token::Dash), Some(Token::Day(e))) =
                    (tokens.get(i + 1), tokens.get(i + 2))
                {
                    let mut day = *d;
                    loop {
                        current.push(day);
                        if day == *e {
                            break;
                        }
                        day = (day + 1) % 7;
                    }
                    i += 3;
                    continue;
                }
                current.push(*d);
            }
            Token::AllWeek => {
                if in_spec {
                    current.clear();
                }
                current.extend(0..7);
                in_spec = false;
            }
            Token::Time(start) => {
                if current.is_empty() {
                    if i == 0 {
                        // Hours with no day at all: every day.
                        current.extend(0..7);
                    } else {
                        return Err(HoursError::NoDay);
                    }
                }
                let days = current.clone();
                match (tokens.get(i + 1), tokens.get(i + 2)) {
                    (Some(Token::Dash), Some(Token::Time(end))) => {
                        add(&mut schedule, &days, *start, *end);
                        i += 3;
                    }
                    (Some(Token::Time(end)), _) => {
                        // "8h00 12h00" without a dash: accept as a pair.
                        add(&mut schedule, &days, *start, *end);
                        i += 2;
                    }
                    _ => return Err(HoursError::UnpairedTime),
                }
                in_spec = true;
                continue;
            }
            Token::Closed => {
                if current.is_empty() {
                    return Err(HoursError::NoDay);
                }
                for &d in &current {
                    schedule.days[d as usize].clear();
                }
                in_spec = true;
            }
            Token::AllDay => {
                if current.is_empty() {
                    current.extend(0..7);
                }
                for &d in &current {
                    schedule.days[d as usize] = vec![(0, DAY)];
                }
                in_spec = true;
            }
            Token::Dash => return Err(HoursError::Unrecognised { word: "-".into() }),
        }
        i += 1;
    }
    for day in schedule.days.iter_mut() {
        day.sort_unstable();
        // Merge overlapping or touching intervals.
        let mut merged: Vec<(u16, u16)> = Vec::with_capacity(day.len());
        for &(s, e) in day.iter() {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        *day = merged;
    }
    Ok(schedule)
}

impl WeeklySchedule {
    /// Never open.
    pub fn is_closed_all_week(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    /// Open or closed at `now`, with the next change.
    pub fn state_at(&self, now: WeekTime) -> OpenState {
        let week = 7 * DAY as u32;
        let at = |t: u32| -> bool {
            let t = t % week;
            let (d, m) = ((t / DAY as u32) as usize, (t % DAY as u32) as u16);
            self.days[d].iter().any(|&(s, e)| s <= m && m < e)
        };
        let to_week_time = |t: u32| {
            let t = t % week;
            WeekTime {
                weekday: (t / DAY as u32) as u8,
                minute: (t % DAY as u32) as u16,
            }
        };
        let now_t = (now.weekday as u32 % 7) * DAY as u32 + now.minute.min(DAY - 1) as u32;
        let open = at(now_t);
        // Boundaries of the week, in order, after now (wrapping once).
        let mut edges: Vec<u32> = Vec::new();
        for (d, intervals) in self.days.iter().enumerate() {
            for &(s, e) in intervals {
                edges.push(d as u32 * DAY as u32 + s as u32);
                edges.push(d as u32 * DAY as u32 + e as u32);
            }
        }
        edges.sort_unstable();
        edges.dedup();
        let next = edges
            .iter()
            .map(|&e| {
                if e > now_t {
                    e - now_t
                } else {
                    e + week - now_t
                }
            })
            .filter(|&delta| at(now_t + delta) != open)
            .min();
        match (open, next) {
            (true, next) => OpenState::Open {
                closes_at: next.map(|d| to_week_time(now_t + d)),
            },
            (false, next) => OpenState::Closed {
                opens_at: next.map(|d| to_week_time(now_t + d)),
            },
        }
    }
}

/// Local time of a department: Europe/Paris (with its summer time) for
/// mainland France and Corsica, the fixed offsets of the overseas
/// departments and collectivities otherwise.
pub fn local_week_time(unix_ms: u64, department: &str) -> WeekTime {
    let secs = (unix_ms / 1000) as i64;
    let offset_hours: i64 = match department {
        "971" | "972" | "977" | "978" => -4,
        "973" | "975" => -3,
        "974" => 4,
        "976" => 3,
        "986" => 12,
        "987" => -10,
        "988" => 11,
        _ => {
            if paris_summer_time(secs) {
                2
            } else {
                1
            }
        }
    };
    let local = secs + offset_hours * 3600;
    let days = local.div_euclid(86_400);
    let minute = (local.rem_euclid(86_400) / 60) as u16;
    // 1970-01-01 was a Thursday (weekday 3 with Monday = 0).
    let weekday = (days + 3).rem_euclid(7) as u8;
    WeekTime { weekday, minute }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn year_of(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    yoe + era * 400 + if month <= 2 { 1 } else { 0 }
}

/// EU summer time: from the last Sunday of March, 01:00 UTC, to the last
/// Sunday of October, 01:00 UTC.
fn paris_summer_time(unix_secs: i64) -> bool {
    let year = year_of(unix_secs.div_euclid(86_400));
    let last_sunday = |month: u32| {
        let last = days_from_civil(year, month, 31);
        let weekday = (last + 3).rem_euclid(7); // 6 = Sunday
        last - (weekday - 6).rem_euclid(7)
    };
    let start = last_sunday(3) * 86_400 + 3600;
    let end = last_sunday(10) * 86_400 + 3600;
    (start..end).contains(&unix_secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORNEX: &str = " Lundi : 8h00-12h00 14h00-18h00 Mardi : 8h00-12h00 14h00-18h00 Mercredi : 14h00-18h00 Jeudi : 8h00-12h00 14h00-18h00 Vendredi : 8h00-12h00 14h00-18h00 Samedi : 14h00-18h00 Dimanche : 9h00-12h00 15h00-18h00";

    fn t(weekday: u8, h: u16, m: u16) -> WeekTime {
        WeekTime {
            weekday,
            minute: h * 60 + m,
        }
    }

    #[test]
    fn the_official_format() {
        let s = parse_hours(ORNEX).unwrap();
        assert_eq!(s.days[0], vec![(480, 720), (840, 1080)]);
        assert_eq!(s.days[2], vec![(840, 1080)]);
        assert_eq!(s.days[6], vec![(540, 720), (900, 1080)]);
        // Monday 10:00: open until 12:00.
        assert_eq!(
            s.state_at(t(0, 10, 0)),
            OpenState::Open {
                closes_at: Some(t(0, 12, 0))
            }
        );
        // Monday 12:30: opens at 14:00.
        assert_eq!(
            s.state_at(t(0, 12, 30)),
            OpenState::Closed {
                opens_at: Some(t(0, 14, 0))
            }
        );
        // Tuesday 19:00: opens Wednesday 14:00 (no morning hours).
        assert_eq!(
            s.state_at(t(1, 19, 0)),
            OpenState::Closed {
                opens_at: Some(t(2, 14, 0))
            }
        );
        // Sunday 20:00: opens Monday 08:00 (wraps around the week).
        assert_eq!(
            s.state_at(t(6, 20, 0)),
            OpenState::Closed {
                opens_at: Some(t(0, 8, 0))
            }
        );
        assert_eq!(t(0, 8, 0).to_string(), "lundi 08h00");
    }

    #[test]
    fn variants_people_write() {
        let s = parse_hours(
            "Du lundi au vendredi de 8h30 à 12h et de 14h à 18h30, samedi : fermé, dimanche fermé",
        )
        .unwrap();
        for d in 0..5 {
            assert_eq!(s.days[d], vec![(510, 720), (840, 1110)], "day {d}");
        }
        assert!(s.days[5].is_empty() && s.days[6].is_empty());
        let s = parse_hours("24h/24 7j/7").unwrap();
        assert!(s.days.iter().all(|d| d == &vec![(0, 1440)]));
        assert_eq!(s.state_at(t(3, 3, 0)), OpenState::Open { closes_at: None });
        let s = parse_hours("Lundi-Mercredi : 08:00-12:00").unwrap();
        assert_eq!(s.days[1], vec![(480, 720)]);
        assert!(s.days[3].is_empty());
    }

    #[test]
    fn past_midnight() {
        let s = parse_hours("Samedi : 20h00-02h00").unwrap();
        assert_eq!(s.days[5], vec![(1200, 1440)]);
        assert_eq!(s.days[6], vec![(0, 120)]);
        assert_eq!(
            s.state_at(t(5, 23, 0)),
            OpenState::Open {
                closes_at: Some(t(6, 2, 0))
            }
        );
    }

    #[test]
    fn bad_texts_are_typed_errors() {
        assert_eq!(parse_hours("   "), Err(HoursError::Empty));
        assert!(matches!(
            parse_hours("Lundi : sur rendez-vous"),
            Err(HoursError::Unrecognised { .. })
        ));
        assert!(matches!(
            parse_hours("Lundi : 8h00-25h00"),
            Err(HoursError::BadTime { .. })
        ));
        assert_eq!(parse_hours("Lundi : 8h00 -"), Err(HoursError::UnpairedTime));
        assert_eq!(parse_hours("fermé"), Err(HoursError::NoDay));
        let closed = parse_hours("Lundi : fermé").unwrap();
        assert!(closed.is_closed_all_week());
        assert_eq!(
            closed.state_at(t(0, 9, 0)),
            OpenState::Closed { opens_at: None }
        );
    }

    #[test]
    fn paris_time_and_summer_time() {
        // 2026-01-05 (a Monday) 09:00 UTC = 10:00 in Paris.
        let winter = days_from_civil(2026, 1, 5) as u64 * 86_400_000 + 9 * 3_600_000;
        assert_eq!(local_week_time(winter, "75"), t(0, 10, 0));
        // 2026-07-06 (a Monday) 09:00 UTC = 11:00 in Paris, 05:00 in Guadeloupe.
        let summer = days_from_civil(2026, 7, 6) as u64 * 86_400_000 + 9 * 3_600_000;
        assert_eq!(local_week_time(summer, "01"), t(0, 11, 0));
        assert_eq!(local_week_time(summer, "971"), t(0, 5, 0));
        // 2026: summer time from 29 March to 25 October.
        let before = days_from_civil(2026, 3, 29) * 86_400 + 3599;
        assert!(!paris_summer_time(before));
        assert!(paris_summer_time(before + 1));
        let end = days_from_civil(2026, 10, 25) * 86_400 + 3600;
        assert!(paris_summer_time(end - 1));
        assert!(!paris_summer_time(end));
    }
}
