//! The vault and the app lock across the boundary: the shell's `KeyStore`
//! (resume mode), the duress listener, PIN set / clear / unlock, stored
//! messages. Conversions only; PINs are wiped after use.

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::app::App;
use crate::error::ApiError;
use crate::runtime::{run, runtime};
use crate::types::AppConfig;

/// Why the shell's key store failed (thrown by the shell, read by the core).
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum KeyStoreError {
    #[error("{reason}")]
    Failed { reason: String },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyStoreError {
    fn from(e: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyStoreError::Failed { reason: e.reason }
    }
}

/// Wraps the vault key with a key that never leaves the device's secure
/// hardware (Android Keystore, iOS Keychain / Secure Enclave). Resume mode
/// only.
#[uniffi::export(with_foreign)]
pub trait KeyStore: Send + Sync {
    /// Encrypts the 32-byte vault key; wipe `key` after use.
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Decrypts what `wrap` returned; an error makes the core discard the
    /// old vault and start fresh.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Deletes the device key (quick exit). Idempotent.
    fn forget(&self);
}

struct KeyStoreBridge(Arc<dyn KeyStore>);

impl discret_core::KeyStore for KeyStoreBridge {
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, discret_core::KeyStoreError> {
        self.0
            .wrap(key)
            .map_err(|e| discret_core::KeyStoreError(e.to_string()))
    }
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, discret_core::KeyStoreError> {
        self.0
            .unwrap(wrapped)
            .map_err(|e| discret_core::KeyStoreError(e.to_string()))
    }
    fn forget(&self) {
        self.0.forget();
    }
}

/// Told when the duress PIN was typed (e.g. to send a silent alert).
#[uniffi::export(with_foreign)]
pub trait DuressListener: Send + Sync {
    fn on_duress(&self);
}

struct DuressBridge(Arc<dyn DuressListener>);

impl discret_core::DuressListener for DuressBridge {
    fn on_duress(&self) {
        self.0.on_duress();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum LockState {
    NoPin,
    Locked,
    Unlocked,
}

impl From<discret_core::LockState> for LockState {
    fn from(s: discret_core::LockState) -> Self {
        match s {
            discret_core::LockState::NoPin => LockState::NoPin,
            discret_core::LockState::Locked => LockState::Locked,
            discret_core::LockState::Unlocked => LockState::Unlocked,
        }
    }
}

/// What opening the vault found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum VaultOpening {
    Fresh,
    Resumed,
    DiscardedUnreadable,
    DiscardedOtherKey,
}

impl From<discret_core::VaultOpening> for VaultOpening {
    fn from(o: discret_core::VaultOpening) -> Self {
        match o {
            discret_core::VaultOpening::Fresh => VaultOpening::Fresh,
            discret_core::VaultOpening::Resumed => VaultOpening::Resumed,
            discret_core::VaultOpening::DiscardedUnreadable => VaultOpening::DiscardedUnreadable,
            discret_core::VaultOpening::DiscardedOtherKey => VaultOpening::DiscardedOtherKey,
        }
    }
}

/// A chat message kept in the vault.
#[derive(Clone, uniffi::Record)]
pub struct StoredMessage {
    /// The app's label for the chat (1 to 64 of `A-Z a-z 0-9 - _`).
    pub conversation: String,
    /// Sent by the citizen (true) or received (false).
    pub outgoing: bool,
    /// Milliseconds since the Unix epoch.
    pub at_ms: i64,
    pub text: String,
}

impl std::fmt::Debug for StoredMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredMessage")
            .field("conversation", &self.conversation)
            .field("outgoing", &self.outgoing)
            .field("at_ms", &self.at_ms)
            .finish_non_exhaustive()
    }
}

/// Runs a blocking core call (Argon2id) off the caller's thread; a panic
/// becomes `ApiError.Internal`.
async fn blocking<T, F>(f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, discret_core::Error> + Send + 'static,
{
    run(async move {
        match tokio::task::spawn_blocking(f).await {
            Ok(result) => result,
            Err(e) if e.is_panic() => Err(discret_core::Error::Internal(
                "the call panicked; this is a bug in discret".into(),
            )),
            Err(_) => Err(discret_core::Error::Internal(
                "the call was cancelled".into(),
            )),
        }
    })
    .await
}

#[uniffi::export]
impl App {
    /// Like `App(config)`, with the shell's key store, needed for resume
    /// mode (`config.resume`).
    #[uniffi::constructor]
    pub fn with_key_store(
        config: AppConfig,
        key_store: Arc<dyn KeyStore>,
    ) -> Result<Arc<Self>, ApiError> {
        let handle = runtime()?;
        let bridge: Arc<dyn discret_core::KeyStore> = Arc::new(KeyStoreBridge(key_store));
        let core = discret_core::App::with_key_store(config.into(), handle, Some(bridge))?;
        Ok(Arc::new(App {
            core: Arc::new(core),
        }))
    }

    /// What opening the vault found (resumed, fresh, or discarded).
    pub fn vault_opening(&self) -> VaultOpening {
        self.core.vault_opening().into()
    }

    /// Keeps a chat message in the vault (sealed, purged after 24 h).
    pub fn store_message(&self, message: StoredMessage) -> Result<(), ApiError> {
        let message = discret_core::StoredMessage {
            conversation: message.conversation,
            outgoing: message.outgoing,
            at_ms: message.at_ms,
            text: message.text,
        };
        Ok(self.core.store_message(&message)?)
    }

    /// A conversation's stored messages, oldest first (`ApiError.Locked`
    /// while locked).
    pub fn stored_messages(&self, conversation: String) -> Result<Vec<StoredMessage>, ApiError> {
        Ok(self
            .core
            .stored_messages(&conversation)?
            .iter()
            .map(|m| StoredMessage {
                conversation: m.conversation.clone(),
                outgoing: m.outgoing,
                at_ms: m.at_ms,
                text: m.text.clone(),
            })
            .collect())
    }

    pub fn lock_state(&self) -> Result<LockState, ApiError> {
        Ok(self.core.lock_state()?.into())
    }

    /// Sets or replaces the PIN (at least 4 characters) and an optional
    /// duress PIN; `ApiError.InvalidInput` names the bad one.
    #[uniffi::method(default(duress_pin = None))]
    pub async fn set_pin(&self, pin: String, duress_pin: Option<String>) -> Result<(), ApiError> {
        let core = self.core.clone();
        let pin = Zeroizing::new(pin);
        let duress = duress_pin.map(Zeroizing::new);
        blocking(move || core.set_pin(&pin, duress.as_ref().map(|d| d.as_str()))).await
    }

    /// Removes the PIN lock; needs the PIN.
    pub async fn clear_pin(&self, pin: String) -> Result<(), ApiError> {
        let core = self.core.clone();
        let pin = Zeroizing::new(pin);
        blocking(move || core.clear_pin(&pin)).await
    }

    /// Unlocks with the PIN or the duress PIN (same answer for both; the
    /// duress PIN silently wipes). `ApiError.WrongPin`, or
    /// `ApiError.RateLimited` after too many wrong PINs.
    pub async fn unlock(&self, pin: String) -> Result<(), ApiError> {
        let core = self.core.clone();
        let pin = Zeroizing::new(pin);
        blocking(move || core.unlock(&pin)).await
    }

    /// Locks the app again (it went to the background).
    pub fn lock(&self) {
        self.core.lock();
    }

    /// Who is told when the duress PIN is typed; `None` removes it.
    pub fn set_duress_listener(&self, listener: Option<Arc<dyn DuressListener>>) {
        self.core.set_duress_listener(
            listener.map(|l| Arc::new(DuressBridge(l)) as Arc<dyn discret_core::DuressListener>),
        );
    }
}
