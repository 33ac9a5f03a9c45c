//! The desk's long-term Olm identity: created on first run, pickled in the
//! database encrypted with a key kept in its own file of the data directory,
//! and the stock of signed one-time keys (plus a fallback key) the relay
//! hands out.

use std::path::Path;

use discret_protocol::relay::KeyBundle;

use super::link::RelayLink;
use crate::relay::SignedKey;
use vodozemac::olm::{Account, AccountPickle};
use zeroize::Zeroizing;

use crate::db::Db;
use crate::error::{Error, Result};

/// How many one-time keys one refill publishes.
const KEYS_PER_REFILL: usize = 50;

/// Reads the pickle key, or creates it (32 random bytes, owner-only file).
pub fn load_pickle_key(data_dir: &Path) -> Result<Zeroizing<[u8; 32]>> {
    let path = data_dir.join("desk-pickle.key");
    let mut key = Zeroizing::new([0u8; 32]);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let bytes = Zeroizing::new(bytes);
            if bytes.len() != 32 {
                return Err(Error::Setup(format!(
                    "{} is not a 32-byte key",
                    path.display()
                )));
            }
            key.copy_from_slice(&bytes);
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            rand::fill(&mut key[..]);
            write_private(&path, &key[..])?;
        }
        Err(e) => return Err(Error::Setup(format!("cannot read {}: {e}", path.display()))),
    }
    Ok(key)
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .map_err(|e| Error::Setup(format!("cannot create {}: {e}", path.display())))?;
    file.write_all(bytes)
        .map_err(|e| Error::Setup(format!("cannot write {}: {e}", path.display())))
}

/// Loads the desk account, or creates it on first run.
pub fn load_account(db: &Db, pickle_key: &[u8; 32]) -> Result<Account> {
    let stored: Option<String> = {
        use rusqlite::OptionalExtension;
        db.lock()
            .query_row("SELECT pickle FROM desk_account WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
    };
    match stored {
        Some(pickle) => AccountPickle::from_encrypted(&pickle, pickle_key)
            .map(Account::from_pickle)
            .map_err(|_| {
                Error::Setup("the desk identity cannot be opened with desk-pickle.key".into())
            }),
        None => {
            let account = Account::new();
            save_account(db, &account, pickle_key)?;
            Ok(account)
        }
    }
}

pub fn save_account(db: &Db, account: &Account, pickle_key: &[u8; 32]) -> Result<()> {
    let pickle = account.pickle().encrypt(pickle_key);
    db.lock().execute(
        "INSERT INTO desk_account (id, pickle) VALUES (1, ?1) ON CONFLICT(id) DO UPDATE SET pickle = excluded.pickle",
        [pickle],
    )?;
    Ok(())
}

/// Publishes fresh signed one-time keys at the relay when the stock is
/// low, and a fallback key if there is none. The account is saved with the
/// new keys before they go out (a crash cannot lose the private half of a
/// published key) and is locked only while keys are made and marked, not
/// during the relay's answers. Keys whose publication failed go again with
/// the next refill (the relay never hands out a key twice).
pub fn refill_keys(
    db: &Db,
    relay: &dyn RelayLink,
    account: &std::sync::Mutex<Account>,
    pickle_key: &[u8; 32],
) -> Result<usize> {
    let stock = relay.key_stock()?;
    let keys = {
        let mut account = super::lock(account);
        let identity = account.identity_keys().curve25519.to_base64();
        if stock.unclaimed < crate::relay::KEYS_LOW_WATERMARK {
            account.generate_one_time_keys(KEYS_PER_REFILL);
        }
        if !stock.fallback {
            account.generate_fallback_key();
        }
        let mut keys = signed(&account, &identity, account.one_time_keys().values(), false);
        keys.extend(signed(
            &account,
            &identity,
            account.fallback_key().values(),
            true,
        ));
        if keys.is_empty() {
            return Ok(0);
        }
        save_account(db, &account, pickle_key)?;
        keys
    };
    let published = relay.publish_keys(keys)?;
    let mut account = super::lock(account);
    account.mark_keys_as_published();
    save_account(db, &account, pickle_key)?;
    Ok(published)
}

fn signed<'a>(
    account: &Account,
    identity: &str,
    keys: impl Iterator<Item = &'a vodozemac::Curve25519PublicKey>,
    fallback: bool,
) -> Vec<SignedKey> {
    keys.map(|key| {
        let one_time_key = key.to_base64();
        let signature = account
            .sign(KeyBundle::signed_text(identity, &one_time_key, fallback))
            .to_base64();
        SignedKey {
            one_time_key,
            signature,
            fallback,
        }
    })
    .collect()
}
