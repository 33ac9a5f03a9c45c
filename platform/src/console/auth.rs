//! Operator accounts and console sessions: Argon2id password hashes,
//! a random session token in an HttpOnly, SameSite=Strict cookie (only its
//! SHA-256 is stored), a per-session CSRF token required on every change,
//! and a limit on failed logins.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::http::HeaderMap;
use rusqlite::{params, OptionalExtension};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::db::{now_ms, Db};
use crate::error::{Error, Result};
use crate::relay::hex;

pub const SESSION_COOKIE: &str = "discret_session";
const SESSION_LIFETIME_MS: i64 = 12 * 3600 * 1000;
const MIN_PASSWORD_CHARS: usize = 12;
const MAX_FAILURES: usize = 5;
const FAILURE_WINDOW: Duration = Duration::from_secs(300);

/// A logged-in operator.
#[derive(Debug, Clone)]
pub struct Operator {
    pub username: String,
    pub display_name: String,
    pub csrf: String,
}

fn random_token() -> String {
    let mut bytes = Zeroizing::new([0u8; 32]);
    rand::fill(&mut bytes[..]);
    hex(&bytes[..])
}

fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hash_password(password: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    rand::fill(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| Error::Internal("salt".into()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| Error::Internal("password hashing".into()))
}

/// Creates an operator account (the `add-operator` subcommand).
pub fn create_operator(db: &Db, username: &str, display_name: &str, password: &str) -> Result<()> {
    let valid_name = (3..=32).contains(&username.len())
        && username
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if !valid_name {
        return Err(Error::BadRequest(
            "the user name must be 3 to 32 characters among a-z, 0-9, '.', '_' and '-'".into(),
        ));
    }
    let display_name = display_name.trim();
    if display_name.is_empty() || display_name.chars().count() > 64 {
        return Err(Error::BadRequest(
            "the display name must be 1 to 64 characters".into(),
        ));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::BadRequest(format!(
            "the password must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    let hash = hash_password(password)?;
    let inserted = db.lock().execute(
        "INSERT OR IGNORE INTO operators (username, display_name, password_hash, created_ms) VALUES (?1, ?2, ?3, ?4)",
        params![username, display_name, hash, now_ms()],
    )?;
    if inserted == 0 {
        return Err(Error::BadRequest(format!(
            "the operator `{username}` already exists"
        )));
    }
    Ok(())
}

/// Failed login attempts by user name.
#[derive(Default)]
pub struct LoginLimiter(Mutex<HashMap<String, Vec<Instant>>>);

impl LoginLimiter {
    fn blocked(&self, username: &str) -> bool {
        let mut failures = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let list = failures.entry(username.to_string()).or_default();
        list.retain(|t| t.elapsed() < FAILURE_WINDOW);
        list.len() >= MAX_FAILURES
    }

    fn failed(&self, username: &str) {
        let mut failures = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if failures.len() > 10_000 {
            failures.retain(|_, l| l.iter().any(|t| t.elapsed() < FAILURE_WINDOW));
        }
        failures
            .entry(username.to_string())
            .or_default()
            .push(Instant::now());
    }
}

/// Checks the password; on success opens a session and returns the cookie
/// token and the operator.
pub fn login(
    db: &Db,
    limiter: &LoginLimiter,
    username: &str,
    password: &str,
) -> Result<(String, Operator)> {
    if username.len() > 64 || password.len() > 1024 {
        return Err(Error::Unauthorized);
    }
    if limiter.blocked(username) {
        return Err(Error::RateLimited);
    }
    let stored: Option<(String, String)> = db
        .lock()
        .query_row(
            "SELECT display_name, password_hash FROM operators WHERE username = ?1",
            [username],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    // Unknown users cost the same Argon2 work as known ones.
    let dummy;
    let (display_name, hash) = match &stored {
        Some((name, hash)) => (name.as_str(), hash.as_str()),
        None => {
            dummy = hash_password("not-a-real-password-for-timing")?;
            ("", dummy.as_str())
        }
    };
    let parsed = PasswordHash::new(hash).map_err(|_| Error::Internal("stored hash".into()))?;
    let ok = Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok();
    if !ok || stored.is_none() {
        limiter.failed(username);
        return Err(Error::Unauthorized);
    }
    let token = random_token();
    let csrf = random_token();
    db.lock().execute(
        "INSERT INTO sessions (token_hash, username, csrf, expires_ms) VALUES (?1, ?2, ?3, ?4)",
        params![
            token_hash(&token),
            username,
            csrf,
            now_ms() + SESSION_LIFETIME_MS
        ],
    )?;
    Ok((
        token,
        Operator {
            username: username.to_string(),
            display_name: display_name.to_string(),
            csrf,
        },
    ))
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

/// The operator of this request's session cookie.
pub fn operator(db: &Db, headers: &HeaderMap) -> Result<Operator> {
    let token = cookie_token(headers).ok_or(Error::Unauthorized)?;
    db.lock()
        .query_row(
            "SELECT s.username, o.display_name, s.csrf FROM sessions s JOIN operators o ON o.username = s.username \
             WHERE s.token_hash = ?1 AND s.expires_ms > ?2",
            params![token_hash(&token), now_ms()],
            |r| {
                Ok(Operator {
                    username: r.get(0)?,
                    display_name: r.get(1)?,
                    csrf: r.get(2)?,
                })
            },
        )
        .optional()?
        .ok_or(Error::Unauthorized)
}

/// The operator, for a request that changes something: the CSRF header
/// must match the session's token.
pub fn operator_for_change(db: &Db, headers: &HeaderMap) -> Result<Operator> {
    let operator = operator(db, headers)?;
    let sent = headers
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if bool::from(sent.as_bytes().ct_eq(operator.csrf.as_bytes())) {
        Ok(operator)
    } else {
        Err(Error::Forbidden)
    }
}

pub fn logout(db: &Db, headers: &HeaderMap) -> Result<()> {
    if let Some(token) = cookie_token(headers) {
        db.lock().execute(
            "DELETE FROM sessions WHERE token_hash = ?1",
            [token_hash(&token)],
        )?;
    }
    Ok(())
}

/// The Set-Cookie value for a new session.
pub fn session_cookie(token: &str) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/console; HttpOnly; SameSite=Strict; Max-Age={}",
        SESSION_LIFETIME_MS / 1000
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Db {
        let dir = std::env::temp_dir().join(format!(
            "discret-auth-{}-{}",
            std::process::id(),
            random_token()
        ));
        Db::open(&dir).unwrap()
    }

    #[test]
    fn accounts_are_validated_and_passwords_checked() {
        let db = db();
        assert!(create_operator(&db, "A!", "x", "long enough password").is_err());
        assert!(create_operator(&db, "alice", "Alice", "short").is_err());
        create_operator(&db, "alice", "Opératrice 12", "correct horse battery").unwrap();
        assert!(create_operator(&db, "alice", "Again", "correct horse battery").is_err());
        let limiter = LoginLimiter::default();
        assert!(matches!(
            login(&db, &limiter, "alice", "wrong password!"),
            Err(Error::Unauthorized)
        ));
        assert!(matches!(
            login(&db, &limiter, "nobody", "whatever pass"),
            Err(Error::Unauthorized)
        ));
        let (token, op) = login(&db, &limiter, "alice", "correct horse battery").unwrap();
        assert_eq!(op.display_name, "Opératrice 12");
        let stored: String = db
            .lock()
            .query_row("SELECT token_hash FROM sessions", [], |r| r.get(0))
            .unwrap();
        assert_ne!(stored, token, "only the hash of the token is stored");

        let mut headers = HeaderMap::new();
        headers.insert(
            "cookie",
            format!("other=1; {SESSION_COOKIE}={token}")
                .parse()
                .unwrap(),
        );
        assert_eq!(operator(&db, &headers).unwrap().username, "alice");
        assert!(matches!(
            operator_for_change(&db, &headers),
            Err(Error::Forbidden)
        ));
        headers.insert("x-csrf-token", op.csrf.parse().unwrap());
        assert!(operator_for_change(&db, &headers).is_ok());
        logout(&db, &headers).unwrap();
        assert!(matches!(operator(&db, &headers), Err(Error::Unauthorized)));
    }

    #[test]
    fn repeated_failures_are_limited() {
        let db = db();
        create_operator(&db, "bob", "Bob", "correct horse battery").unwrap();
        let limiter = LoginLimiter::default();
        for _ in 0..MAX_FAILURES {
            assert!(matches!(
                login(&db, &limiter, "bob", "wrong password!"),
                Err(Error::Unauthorized)
            ));
        }
        assert!(matches!(
            login(&db, &limiter, "bob", "correct horse battery"),
            Err(Error::RateLimited)
        ));
    }
}
