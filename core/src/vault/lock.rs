//! The app lock: an optional PIN (Argon2id), a duress PIN that opens a
//! clean app while everything is wiped, and attempt limits with a growing
//! delay kept in the vault.
//!
//! Which PIN was typed must not show: both hashes are always verified (same
//! work), both successful paths write the same rows (the attempt counter,
//! the lock settings' expiry), and the caller pads the call to a fixed
//! quantum of time. Without a duress PIN, a hash of a random secret stands
//! in for it, so the stored settings do not even tell whether one exists.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::{now_ms, Vault};
use crate::error::{Error, Result};
use crate::lock as lock_mutex;

/// A PIN has at least this many characters.
pub const MIN_PIN_CHARS: usize = 4;
/// And at most this many bytes.
const MAX_PIN_BYTES: usize = 64;
/// Wrong PINs allowed without delay; then 30 s, doubling, at most 1 h.
const FREE_ATTEMPTS: u32 = 3;
const FIRST_DELAY: Duration = Duration::from_secs(30);
const MAX_DELAY: Duration = Duration::from_secs(3600);
/// The lock settings live this long after the last unlock or setting.
const SETTINGS_TTL: Duration = Duration::from_secs(180 * 24 * 3600);
/// The attempt counter is forgotten a day after the last attempt.
const ATTEMPTS_TTL: Duration = Duration::from_secs(24 * 3600);
/// An unlock answers after a whole number of these (hides the wipe).
pub(crate) const UNLOCK_QUANTUM: Duration = Duration::from_millis(100);

const MAIN: &str = "lock.main";
const DURESS: &str = "lock.duress";
const ATTEMPTS: &str = "lock.attempts";

/// Where the app lock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockState {
    /// No PIN is set.
    NoPin,
    /// A PIN is set and has not been typed since start or [`lock`].
    Locked,
    Unlocked,
}

/// Told (on a background thread) when the duress PIN was typed, so the
/// shell can send a silent alert if the user configured one.
pub trait DuressListener: Send + Sync {
    fn on_duress(&self);
}

/// Which PIN matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PinCheck {
    Main,
    Duress,
}

pub(crate) struct AppLock {
    unlocked: Mutex<bool>,
    listener: Mutex<Option<Arc<dyn DuressListener>>>,
}

/// Argon2id with OWASP's second recommended setting (19 MiB, 2 passes).
fn argon2() -> Result<Argon2<'static>> {
    let params = Params::new(19 * 1024, 2, 1, None)
        .map_err(|_| Error::Internal("argon2 parameters".into()))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash(secret: &[u8]) -> Result<Zeroizing<String>> {
    let mut salt = [0u8; 16];
    rand::fill(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|_| Error::Internal("salt".into()))?;
    let hashed = argon2()?
        .hash_password(secret, &salt)
        .map_err(|_| Error::Internal("cannot hash the PIN".into()))?;
    Ok(Zeroizing::new(hashed.to_string()))
}

/// Verifies `pin` against a stored hash; a missing or damaged hash costs
/// the same work and never matches.
fn verify(pin: &[u8], stored: Option<&[u8]>) -> Result<bool> {
    let argon = argon2()?;
    let parsed = stored
        .and_then(|s| std::str::from_utf8(s).ok())
        .and_then(|s| PasswordHash::new(s).ok());
    match parsed {
        Some(hash) => Ok(argon.verify_password(pin, &hash).is_ok()),
        None => {
            // Same work as a real verification.
            let _ = hash(pin)?;
            Ok(false)
        }
    }
}

fn validate_pin(field: &'static str, pin: &str) -> Result<()> {
    let reason = if pin.chars().count() < MIN_PIN_CHARS {
        format!("is too short: at least {MIN_PIN_CHARS} characters")
    } else if pin.len() > MAX_PIN_BYTES {
        format!("is too long: at most {MAX_PIN_BYTES} bytes")
    } else if pin.chars().any(char::is_control) {
        "contains control characters".to_string()
    } else {
        return Ok(());
    };
    Err(Error::InvalidInput { field, reason })
}

/// Delay imposed after `failures` wrong PINs in a row.
fn delay_after(failures: u32) -> Duration {
    if failures <= FREE_ATTEMPTS {
        return Duration::ZERO;
    }
    let doublings = (failures - FREE_ATTEMPTS - 1).min(16);
    FIRST_DELAY.saturating_mul(1 << doublings).min(MAX_DELAY)
}

fn secs_until(ms: i64) -> u64 {
    (ms.saturating_sub(now_ms()).max(0) as u64).div_ceil(1000)
}

struct Attempts {
    failures: u32,
    not_before_ms: i64,
}

impl Attempts {
    fn read(vault: &Vault) -> Result<Attempts> {
        let stored = vault.meta_get(ATTEMPTS)?;
        let (failures, mut not_before_ms) = match stored.as_deref().map(Vec::as_slice) {
            Some(b) if b.len() == 12 => {
                let mut f = [0u8; 4];
                let mut n = [0u8; 8];
                f.copy_from_slice(&b[..4]);
                n.copy_from_slice(&b[4..]);
                (u32::from_le_bytes(f), i64::from_le_bytes(n))
            }
            _ => (0, 0),
        };
        // A clock set back must not lock the user out for longer than the
        // longest delay.
        let latest = now_ms().saturating_add(MAX_DELAY.as_millis() as i64);
        not_before_ms = not_before_ms.min(latest);
        Ok(Attempts {
            failures,
            not_before_ms,
        })
    }

    fn write(&self, vault: &Vault) -> Result<()> {
        let mut bytes = [0u8; 12];
        bytes[..4].copy_from_slice(&self.failures.to_le_bytes());
        bytes[4..].copy_from_slice(&self.not_before_ms.to_le_bytes());
        vault.meta_put(ATTEMPTS, &bytes, ATTEMPTS_TTL)
    }
}

impl AppLock {
    /// A set PIN starts locked.
    pub(crate) fn new() -> Self {
        AppLock {
            unlocked: Mutex::new(false),
            listener: Mutex::new(None),
        }
    }

    pub(crate) fn state(&self, vault: &Vault) -> Result<LockState> {
        if vault.meta_get(MAIN)?.is_none() {
            return Ok(LockState::NoPin);
        }
        Ok(if *lock_mutex(&self.unlocked) {
            LockState::Unlocked
        } else {
            LockState::Locked
        })
    }

    pub(crate) fn set_listener(&self, listener: Option<Arc<dyn DuressListener>>) {
        *lock_mutex(&self.listener) = listener;
    }

    pub(crate) fn listener(&self) -> Option<Arc<dyn DuressListener>> {
        lock_mutex(&self.listener).clone()
    }

    /// Sets (or replaces) the PIN and the optional duress PIN. Refused while
    /// locked.
    pub(crate) fn set_pin(&self, vault: &Vault, pin: &str, duress: Option<&str>) -> Result<()> {
        validate_pin("pin", pin)?;
        if let Some(duress) = duress {
            validate_pin("duress_pin", duress)?;
            if duress == pin {
                return Err(Error::InvalidInput {
                    field: "duress_pin",
                    reason: "must differ from the PIN".into(),
                });
            }
        }
        if self.state(vault)? == LockState::Locked {
            return Err(Error::Locked);
        }
        let main = hash(pin.as_bytes())?;
        let stand_in = Zeroizing::new(crate::random_hex(32));
        let duress = hash(duress.unwrap_or(stand_in.as_str()).as_bytes())?;
        vault.meta_put(MAIN, main.as_bytes(), SETTINGS_TTL)?;
        vault.meta_put(DURESS, duress.as_bytes(), SETTINGS_TTL)?;
        Attempts {
            failures: 0,
            not_before_ms: 0,
        }
        .write(vault)?;
        *lock_mutex(&self.unlocked) = true;
        Ok(())
    }

    /// Checks a PIN against both hashes (always both). Wrong: counts the
    /// failure and says how long to wait. Right (either one): resets the
    /// counter, refreshes the settings' expiry and unlocks; the caller wipes
    /// on [`PinCheck::Duress`].
    pub(crate) fn check(&self, vault: &Vault, pin: &str) -> Result<PinCheck> {
        validate_pin("pin", pin)?;
        let main = vault.meta_get(MAIN)?;
        let Some(main) = main else {
            return Err(Error::InvalidInput {
                field: "pin",
                reason: "no PIN is set".into(),
            });
        };
        let duress = vault.meta_get(DURESS)?;
        let attempts = Attempts::read(vault)?;
        if attempts.not_before_ms > now_ms() {
            return Err(Error::LockedOut {
                retry_after_secs: secs_until(attempts.not_before_ms),
            });
        }
        let is_main = verify(pin.as_bytes(), Some(&main))?;
        let is_duress = verify(pin.as_bytes(), duress.as_deref().map(Vec::as_slice))?;
        if !is_main && !is_duress {
            let failures = attempts.failures.saturating_add(1);
            let not_before_ms = now_ms().saturating_add(delay_after(failures).as_millis() as i64);
            Attempts {
                failures,
                not_before_ms,
            }
            .write(vault)?;
            return Err(Error::WrongPin {
                retry_after_secs: secs_until(not_before_ms),
            });
        }
        // Same writes on both paths.
        Attempts {
            failures: 0,
            not_before_ms: 0,
        }
        .write(vault)?;
        vault.meta_put(MAIN, &main, SETTINGS_TTL)?;
        if let Some(duress) = &duress {
            vault.meta_put(DURESS, duress, SETTINGS_TTL)?;
        }
        *lock_mutex(&self.unlocked) = true;
        Ok(if is_main {
            PinCheck::Main
        } else {
            PinCheck::Duress
        })
    }

    /// Removes the PIN (after [`AppLock::check`] succeeded).
    pub(crate) fn clear(&self, vault: &Vault) -> Result<()> {
        vault.meta_delete(MAIN)?;
        vault.meta_delete(DURESS)?;
        vault.meta_delete(ATTEMPTS)?;
        Ok(())
    }

    /// Locks again (the app went to the background).
    pub(crate) fn lock(&self) {
        *lock_mutex(&self.unlocked) = false;
    }

    /// Quick exit: forget the unlocked state (the vault, PIN included, is
    /// wiped by the caller).
    pub(crate) fn reset(&self) {
        *lock_mutex(&self.unlocked) = false;
    }
}

/// Sleeps until a whole number of [`UNLOCK_QUANTUM`]s has passed since
/// `started`, so small differences between paths do not show.
pub(crate) fn pad_to_quantum(started: Instant) {
    let elapsed = started.elapsed();
    let quantum = UNLOCK_QUANTUM.as_nanos().max(1);
    let quanta = elapsed.as_nanos().div_ceil(quantum).max(1);
    let target = Duration::from_nanos((quanta * quantum).min(u64::MAX as u128) as u64);
    if let Some(rest) = target.checked_sub(elapsed) {
        std::thread::sleep(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_grows_and_is_capped() {
        assert_eq!(delay_after(1), Duration::ZERO);
        assert_eq!(delay_after(3), Duration::ZERO);
        assert_eq!(delay_after(4), Duration::from_secs(30));
        assert_eq!(delay_after(5), Duration::from_secs(60));
        assert_eq!(delay_after(40), MAX_DELAY);
    }

    #[test]
    fn pins_are_validated_with_typed_errors() {
        for (pin, word) in [
            ("123", "short"),
            (&"1".repeat(65)[..], "long"),
            ("12\n34", "control"),
        ] {
            match validate_pin("pin", pin) {
                Err(Error::InvalidInput {
                    field: "pin",
                    reason,
                }) => {
                    assert!(reason.contains(word), "{reason}");
                    assert!(!reason.contains(pin));
                }
                other => panic!("{other:?}"),
            }
        }
        assert!(validate_pin("pin", "0000").is_ok());
        assert!(validate_pin("pin", "٠١٢٣").is_ok());
    }
}
