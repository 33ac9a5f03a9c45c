//! Vault tests: memory and resume modes, damaged and foreign vaults,
//! swapped values, expiry, wipe; the app lock through the app.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::*;
use crate::{App, AppConfig};

/// A key store like the device's: the key stays inside, the app gets a
/// handle.
#[derive(Default)]
pub(crate) struct TestKeyStore {
    keys: Mutex<HashMap<Vec<u8>, Vec<u8>>>,
    pub forgotten: AtomicUsize,
    /// Answers with another key than the one wrapped.
    pub other_key: bool,
}

impl KeyStore for TestKeyStore {
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        let handle = crate::random_hex(16).into_bytes();
        self.keys.lock().unwrap().insert(handle.clone(), key);
        Ok(handle)
    }
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError> {
        if self.other_key {
            return Ok(vec![7u8; KEY_LEN]);
        }
        self.keys
            .lock()
            .unwrap()
            .get(&wrapped)
            .cloned()
            .ok_or_else(|| KeyStoreError("no such key".into()))
    }
    fn forget(&self) {
        self.keys.lock().unwrap().clear();
        self.forgotten.fetch_add(1, Ordering::SeqCst);
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "discret-vault-{name}-{}-{}",
        std::process::id(),
        crate::random_hex(4)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn message(conversation: &str, text: &str, at_ms: i64) -> StoredMessage {
    StoredMessage {
        conversation: conversation.into(),
        outgoing: at_ms % 2 == 0,
        at_ms,
        text: text.into(),
    }
}

fn resume(dir: &Path, keys: &Arc<TestKeyStore>) -> Vault {
    Vault::open(
        VaultMode::Resume,
        dir,
        Some(keys.clone() as Arc<dyn KeyStore>),
    )
    .unwrap()
}

#[test]
fn memory_only_keeps_messages_and_writes_nothing() {
    let dir = temp_dir("memory");
    let vault = Vault::open(VaultMode::MemoryOnly, &dir, None).unwrap();
    vault
        .store_message(&message("c1", "أنا في المطبخ", 2))
        .unwrap();
    vault.store_message(&message("c1", "我在浴室", 3)).unwrap();
    vault.store_message(&message("c2", "autre", 4)).unwrap();
    let got = vault.messages("c1").unwrap();
    assert_eq!(
        got,
        vec![
            message("c1", "أنا في المطبخ", 2),
            message("c1", "我在浴室", 3)
        ]
    );
    assert_eq!(vault.message_count().unwrap(), 3);
    assert_eq!(vault.delete_conversation("c1").unwrap(), 2);
    assert_eq!(vault.message_count().unwrap(), 1);
    assert!(entries(&dir).is_empty());
    assert!(vault.files().is_empty());
}

#[test]
fn debug_output_never_shows_the_text() {
    let shown = format!("{:?}", message("c1", "enfermée", 1));
    assert!(
        !shown.contains("enfermée") && shown.contains("8 characters"),
        "{shown}"
    );
}

#[test]
fn bad_input_is_a_typed_error() {
    let vault = Vault::open(VaultMode::MemoryOnly, &temp_dir("bad"), None).unwrap();
    for (m, field) in [
        (message("", "x", 1), "conversation"),
        (message("a b", "x", 1), "conversation"),
        (message(&"a".repeat(65), "x", 1), "conversation"),
        (message("c", "", 1), "text"),
        (message("c", &"é".repeat(4001), 1), "text"),
        (message("c", "x", -1), "at_ms"),
    ] {
        match vault.store_message(&m) {
            Err(Error::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{other:?}"),
        }
    }
    // Resume mode needs a key store.
    assert!(matches!(
        Vault::open(VaultMode::Resume, &temp_dir("nokeys"), None),
        Err(Error::InvalidConfig {
            field: "resume",
            ..
        })
    ));
}

#[test]
fn resume_mode_survives_a_restart_and_holds_no_plaintext() {
    let dir = temp_dir("resume");
    let keys = Arc::new(TestKeyStore::default());
    let vault = resume(&dir, &keys);
    assert_eq!(vault.opening(), VaultOpening::Fresh);
    vault
        .store_message(&message("c1", "Je suis enfermée", 10))
        .unwrap();
    drop(vault);
    assert_eq!(
        entries(&dir),
        vec![DB_FILE.to_string(), KEY_FILE.to_string()]
    );
    #[cfg(unix)]
    for name in [DB_FILE, KEY_FILE] {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(dir.join(name))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{name}");
    }
    let raw = std::fs::read(dir.join(DB_FILE)).unwrap();
    assert!(!raw
        .windows(8)
        .any(|w| w == "enfermée".as_bytes()[..8].as_ref()));

    let vault = resume(&dir, &keys);
    assert_eq!(vault.opening(), VaultOpening::Resumed);
    assert_eq!(
        vault.messages("c1").unwrap(),
        vec![message("c1", "Je suis enfermée", 10)]
    );
}

#[test]
fn switching_resume_off_deletes_the_old_vault_files() {
    let dir = temp_dir("switch");
    let keys = Arc::new(TestKeyStore::default());
    resume(&dir, &keys)
        .store_message(&message("c1", "ancien", 1))
        .unwrap();
    assert_eq!(entries(&dir).len(), 2);
    let vault = Vault::open(VaultMode::MemoryOnly, &dir, None).unwrap();
    assert!(entries(&dir).is_empty());
    assert_eq!(vault.message_count().unwrap(), 0);
}

#[test]
fn a_vault_from_another_key_or_damaged_is_discarded_for_a_fresh_one() {
    // Another key: the key store answers with a key that does not open it.
    let dir = temp_dir("foreign");
    let keys = Arc::new(TestKeyStore::default());
    resume(&dir, &keys)
        .store_message(&message("c1", "secret", 1))
        .unwrap();
    let other = Arc::new(TestKeyStore {
        other_key: true,
        ..Default::default()
    });
    let vault = resume(&dir, &other);
    assert_eq!(vault.opening(), VaultOpening::DiscardedOtherKey);
    assert_eq!(vault.message_count().unwrap(), 0);
    assert!(vault.messages("c1").unwrap().is_empty());

    // The key store lost its key (reinstall, other device).
    let dir = temp_dir("lost");
    resume(&dir, &keys)
        .store_message(&message("c1", "secret", 1))
        .unwrap();
    keys.forget();
    let vault = resume(&dir, &keys);
    assert_eq!(vault.opening(), VaultOpening::DiscardedOtherKey);
    assert_eq!(vault.message_count().unwrap(), 0);

    // A damaged file.
    let dir = temp_dir("corrupt");
    resume(&dir, &keys)
        .store_message(&message("c1", "secret", 1))
        .unwrap();
    let mut raw = std::fs::read(dir.join(DB_FILE)).unwrap();
    raw[..100].iter_mut().for_each(|b| *b ^= 0x5A);
    std::fs::write(dir.join(DB_FILE), &raw).unwrap();
    let vault = resume(&dir, &keys);
    assert_eq!(vault.opening(), VaultOpening::DiscardedUnreadable);
    assert_eq!(vault.message_count().unwrap(), 0);
    vault.store_message(&message("c1", "new", 2)).unwrap();
    assert_eq!(vault.messages("c1").unwrap().len(), 1);

    // Garbage instead of the wrapped key.
    let dir = temp_dir("badkey");
    resume(&dir, &keys)
        .store_message(&message("c1", "secret", 1))
        .unwrap();
    std::fs::write(dir.join(KEY_FILE), b"\x00\x01garbage").unwrap();
    assert_eq!(
        resume(&dir, &keys).opening(),
        VaultOpening::DiscardedOtherKey
    );
}

#[test]
fn swapped_values_do_not_open_and_are_deleted() {
    let dir = temp_dir("swap");
    let keys = Arc::new(TestKeyStore::default());
    let vault = resume(&dir, &keys);
    for (i, text) in ["un", "deux", "trois"].iter().enumerate() {
        vault.store_message(&message("c1", text, i as i64)).unwrap();
    }
    vault.store_message(&message("c2", "autre", 9)).unwrap();
    drop(vault);
    let raw = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    raw.execute_batch(
        "UPDATE messages SET body = (SELECT body FROM messages WHERE id = 2) WHERE id = 1;
         UPDATE messages SET conversation = 'c1' WHERE id = 4;",
    )
    .unwrap();
    drop(raw);
    let vault = resume(&dir, &keys);
    // Row 1 now holds row 2's value, row 4 moved to another conversation:
    // neither opens; rows 2 and 3 are intact.
    assert_eq!(
        vault.messages("c1").unwrap(),
        vec![message("c1", "deux", 1), message("c1", "trois", 2)]
    );
    assert_eq!(vault.message_count().unwrap(), 2);
}

#[test]
fn expired_rows_are_purged_on_open() {
    let dir = temp_dir("ttl");
    let keys = Arc::new(TestKeyStore::default());
    let vault = resume(&dir, &keys);
    vault.store_message(&message("c1", "old", 1)).unwrap();
    vault.store_message(&message("c1", "new", 2)).unwrap();
    drop(vault);
    let raw = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    raw.execute("UPDATE messages SET expires_ms = 1 WHERE id = 1", [])
        .unwrap();
    drop(raw);
    let vault = resume(&dir, &keys);
    assert_eq!(vault.messages("c1").unwrap(), vec![message("c1", "new", 2)]);
    drop(vault);
    let raw = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    let rows: i64 = raw
        .query_row("SELECT count(*) FROM messages", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 1, "the expired row is gone from the file");
}

#[test]
fn wipe_deletes_files_forgets_the_key_and_leaves_a_fresh_vault() {
    let dir = temp_dir("wipe");
    std::fs::write(dir.join("shell-file"), b"not ours").unwrap();
    let keys = Arc::new(TestKeyStore::default());
    let vault = resume(&dir, &keys);
    for i in 0..10 {
        vault.store_message(&message("c1", "texte", i)).unwrap();
    }
    assert!(vault.key_for_forensics().is_some());
    vault.wipe();
    vault.wipe();
    assert_eq!(entries(&dir), vec!["shell-file".to_string()]);
    assert!(keys.forgotten.load(Ordering::SeqCst) >= 1);
    assert!(vault.key_for_forensics().is_none());
    // Reads answer empty without recreating anything.
    assert!(vault.messages("c1").unwrap().is_empty());
    assert_eq!(vault.message_count().unwrap(), 0);
    assert_eq!(entries(&dir), vec!["shell-file".to_string()]);
    // A write opens a fresh vault.
    vault.store_message(&message("c1", "après", 1)).unwrap();
    assert_eq!(vault.opening(), VaultOpening::Fresh);
    assert_eq!(vault.messages("c1").unwrap().len(), 1);
}

fn app(dir: &Path, resume: bool, keys: Option<Arc<TestKeyStore>>) -> App {
    App::with_key_store(
        AppConfig {
            data_dir: dir.to_path_buf(),
            platform_url: "http://127.0.0.1:9".into(),
            desk_key: crate::crypto::tests::desk_account()
                .identity_keys()
                .ed25519
                .to_base64(),
            preferred_languages: vec!["fr".into()],
            resume,
        },
        tokio::runtime::Handle::current(),
        keys.map(|k| k as Arc<dyn KeyStore>),
    )
    .unwrap()
}

struct Duress(tokio::sync::mpsc::UnboundedSender<()>);
impl DuressListener for Duress {
    fn on_duress(&self) {
        let _ = self.0.send(());
    }
}

fn meta_names(dir: &Path) -> Vec<String> {
    let raw = rusqlite::Connection::open(dir.join(DB_FILE)).unwrap();
    let mut st = raw.prepare("SELECT name FROM meta ORDER BY name").unwrap();
    let names = st
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pin_lock_wrong_pin_and_growing_delay_persist() {
    let dir = temp_dir("pin");
    let keys = Arc::new(TestKeyStore::default());
    let a = app(&dir, true, Some(keys.clone()));
    assert_eq!(a.lock_state().unwrap(), LockState::NoPin);
    assert!(matches!(
        a.set_pin("123", None),
        Err(Error::InvalidInput { field: "pin", .. })
    ));
    assert!(matches!(
        a.set_pin("1234", Some("1234")),
        Err(Error::InvalidInput {
            field: "duress_pin",
            ..
        })
    ));
    a.set_pin("2468", Some("1357")).unwrap();
    a.store_message(&message("c1", "garde", 1)).unwrap();
    a.lock();
    assert_eq!(a.lock_state().unwrap(), LockState::Locked);
    assert!(matches!(a.stored_messages("c1"), Err(Error::Locked)));
    // Resumed chats would replay their texts: the PIN comes first.
    assert!(matches!(a.resume_chats(), Err(Error::Locked)));
    assert!(matches!(a.set_pin("9999", None), Err(Error::Locked)));
    assert!(matches!(
        a.unlock("12"),
        Err(Error::InvalidInput { field: "pin", .. })
    ));
    for _ in 0..3 {
        assert!(matches!(
            a.unlock("0000"),
            Err(Error::WrongPin {
                retry_after_secs: 0
            })
        ));
    }
    assert!(matches!(
        a.unlock("0000"),
        Err(Error::WrongPin {
            retry_after_secs: 30
        })
    ));
    // Even the right PIN waits now, and the wait survives a restart.
    assert!(matches!(a.unlock("2468"), Err(Error::LockedOut { .. })));
    drop(a);
    let b = app(&dir, true, Some(keys));
    assert_eq!(b.vault_opening(), VaultOpening::Resumed);
    assert_eq!(b.lock_state().unwrap(), LockState::Locked);
    match b.unlock("2468") {
        Err(Error::LockedOut { retry_after_secs }) => {
            assert!((1..=30).contains(&retry_after_secs))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duress_pin_opens_a_clean_app_that_looks_the_same() {
    let keys = Arc::new(TestKeyStore::default());
    let mut shapes = Vec::new();
    for (pin, duress) in [("2468", false), ("1357", true)] {
        let dir = temp_dir("duress");
        let a = app(&dir, true, Some(keys.clone()));
        let (tx, mut told) = tokio::sync::mpsc::unbounded_channel();
        a.set_duress_listener(Some(Arc::new(Duress(tx))));
        a.set_pin("2468", Some("1357")).unwrap();
        for i in 0..5 {
            a.store_message(&message("c1", "historique", i)).unwrap();
        }
        a.lock();
        a.unlock(pin).unwrap();
        assert_eq!(a.lock_state().unwrap(), LockState::Unlocked);
        let left = a.stored_messages("c1").unwrap().len();
        assert_eq!(left, if duress { 0 } else { 5 });
        if duress {
            tokio::time::timeout(Duration::from_secs(5), told.recv())
                .await
                .expect("duress listener told")
                .expect("listener");
        } else {
            assert!(told.try_recv().is_err());
        }
        // Locking again still asks for the PIN: the lock survived.
        a.lock();
        assert_eq!(a.lock_state().unwrap(), LockState::Locked);
        drop(a);
        shapes.push((meta_names(&dir), entries(&dir)));
    }
    assert_eq!(shapes[0], shapes[1], "same rows and files after either PIN");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_wipes_everything_twice_and_the_app_stays_usable() {
    let dir = temp_dir("qe");
    let keys = Arc::new(TestKeyStore::default());
    let a = app(&dir, true, Some(keys.clone()));
    a.set_pin("2468", None).unwrap();
    for i in 0..20 {
        a.store_message(&message("c1", "message", i)).unwrap();
    }
    assert_eq!(a.vault().files().len(), 2);
    a.quick_exit();
    assert!(entries(&dir).is_empty());
    assert_eq!(keys.forgotten.load(Ordering::SeqCst), 1);
    a.quick_exit();
    assert!(entries(&dir).is_empty());
    assert_eq!(a.lock_state().unwrap(), LockState::NoPin);
    assert!(a.stored_messages("c1").unwrap().is_empty());
    a.store_message(&message("c1", "nouveau", 1)).unwrap();
    assert_eq!(a.stored_messages("c1").unwrap().len(), 1);
    a.clear_pin("2468").unwrap_err();
    // Memory-only app: nothing on disk at any time.
    let dir = temp_dir("qe-mem");
    let m = app(&dir, false, None);
    m.store_message(&message("c1", "message", 1)).unwrap();
    m.quick_exit();
    m.quick_exit();
    assert!(m.stored_messages("c1").unwrap().is_empty());
    assert!(entries(&dir).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clear_pin_needs_the_pin() {
    let a = app(&temp_dir("clear"), false, None);
    a.set_pin("2468", None).unwrap();
    assert!(matches!(a.clear_pin("1111"), Err(Error::WrongPin { .. })));
    a.clear_pin("2468").unwrap();
    assert_eq!(a.lock_state().unwrap(), LockState::NoPin);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_duty_profile_survives_a_restart_in_resume_mode_and_not_quick_exit() {
    let dir = temp_dir("duty");
    let keys = Arc::new(TestKeyStore::default());
    let profile = crate::DutyProfile {
        site_name: "Gare routière".into(),
        address: "Place de la Gare, 14000 Caen".into(),
        lat: 49.1766,
        lon: -0.3486,
        notes: None,
        employer: "Exemple Sécurité".into(),
        control_room_phone: "0231000000".into(),
    };
    {
        let a = app(&dir, true, Some(keys.clone()));
        a.set_duty_profile(profile.clone()).unwrap();
    }
    let a = app(&dir, true, Some(keys.clone()));
    assert_eq!(a.duty_profile().unwrap(), Some(profile.clone()));
    // Sealed: the site's name is nowhere in the file.
    let bytes = std::fs::read(dir.join(DB_FILE)).unwrap();
    assert!(!bytes.windows(4).any(|w| w == b"Gare"));
    a.quick_exit();
    assert_eq!(a.duty_profile().unwrap(), None);
    let b = app(&dir, true, Some(keys));
    assert_eq!(b.duty_profile().unwrap(), None);
    // Memory-only: gone with the process.
    let m = app(&temp_dir("duty-mem"), false, None);
    m.set_duty_profile(profile).unwrap();
    assert!(m.duty_profile().unwrap().is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_duress_pin_wipes_saved_chats_reports_and_the_duty_profile_too() {
    let keys = Arc::new(TestKeyStore::default());
    let dir = temp_dir("duress-all");
    let a = app(&dir, true, Some(keys));
    a.set_pin("2468", Some("1357")).unwrap();
    for name in [
        "chat:0123abcd",
        crate::reports::queue::QUEUE_ENTRY,
        crate::reports::queue::RECEIPTS_ENTRY,
        crate::duty::PROFILE_KEY,
    ] {
        a.vault()
            .meta_put(name, b"kept by the user", Duration::from_secs(3600))
            .unwrap();
    }
    a.lock();
    a.unlock("1357").unwrap();
    drop(a);
    let left: Vec<String> = meta_names(&dir)
        .into_iter()
        .filter(|n| n != "canary" && !n.starts_with("lock."))
        .collect();
    assert!(left.is_empty(), "left after the duress PIN: {left:?}");
}
