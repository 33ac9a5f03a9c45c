//! The app's entry points for the vault and the app lock: stored messages,
//! PIN and duress PIN, unlock, and what opening the vault found.

use std::sync::Arc;
use std::time::Instant;

use super::lock::pad_to_quantum;
use super::{DuressListener, LockState, PinCheck, StoredMessage, Vault, VaultOpening};
use crate::app::App;
use crate::error::{Error, Result};

impl App {
    /// The vault (stored messages, settings).
    pub fn vault(&self) -> &Arc<Vault> {
        &self.vault
    }

    /// What opening the vault found (resumed, fresh, or a previous vault
    /// discarded because it was damaged or from another key).
    pub fn vault_opening(&self) -> VaultOpening {
        self.vault.opening()
    }

    /// Keeps a chat message in the vault (sealed; purged after its TTL).
    pub fn store_message(&self, message: &StoredMessage) -> Result<()> {
        self.vault.store_message(message)
    }

    /// `Error::Locked` while the app is locked: what shows or changes the
    /// user's data asks for the PIN first.
    pub(crate) fn refuse_if_locked(&self) -> Result<()> {
        if self.lock_state()? == LockState::Locked {
            return Err(Error::Locked);
        }
        Ok(())
    }

    /// A conversation's stored messages, oldest first; refused while the
    /// app is locked.
    pub fn stored_messages(&self, conversation: &str) -> Result<Vec<StoredMessage>> {
        self.refuse_if_locked()?;
        self.vault.messages(conversation)
    }

    pub fn lock_state(&self) -> Result<LockState> {
        self.app_lock.state(&self.vault)
    }

    /// Sets or replaces the PIN (at least four characters) and the optional
    /// duress PIN. Refused while locked.
    pub fn set_pin(&self, pin: &str, duress_pin: Option<&str>) -> Result<()> {
        self.app_lock.set_pin(&self.vault, pin, duress_pin)
    }

    /// Removes the PIN lock; needs the PIN. The duress PIN also "works":
    /// it wipes everything first.
    pub fn clear_pin(&self, pin: &str) -> Result<()> {
        let started = Instant::now();
        let result = self
            .check_pin(pin)
            .and_then(|()| self.app_lock.clear(&self.vault));
        pad_to_quantum(started);
        result
    }

    /// Unlocks with the PIN or the duress PIN; the answer is the same for
    /// both (the duress PIN silently wipes chats and messages and tells the
    /// duress listener). Wrong PIN: [`Error::WrongPin`]; too many:
    /// [`Error::LockedOut`]. Takes a few hundred milliseconds (Argon2id,
    /// twice): call it off the UI thread.
    pub fn unlock(&self, pin: &str) -> Result<()> {
        let started = Instant::now();
        let result = self.check_pin(pin);
        pad_to_quantum(started);
        result
    }

    /// Locks the app again (it went to the background).
    pub fn lock(&self) {
        self.app_lock.lock();
    }

    /// Who is told when the duress PIN is typed (e.g. to send a silent
    /// alert); `None` removes it.
    pub fn set_duress_listener(&self, listener: Option<Arc<dyn DuressListener>>) {
        self.app_lock.set_listener(listener);
    }

    fn check_pin(&self, pin: &str) -> Result<()> {
        match self.app_lock.check(&self.vault, pin)? {
            PinCheck::Main => Ok(()),
            PinCheck::Duress => {
                self.end_chats();
                if self.vault.wipe_messages().is_err() {
                    // Whatever failed, nothing may survive.
                    self.vault.wipe();
                }
                if let Some(listener) = self.app_lock.listener() {
                    self.runtime().spawn_blocking(move || listener.on_duress());
                }
                Ok(())
            }
        }
    }
}
