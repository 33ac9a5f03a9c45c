//! The key store the shell provides for resume mode: it wraps the vault key
//! with a key that never leaves the device's secure hardware (Android
//! Keystore, iOS Keychain / Secure Enclave), so the wrapped key can sit in
//! the data directory next to the vault file, useless without the device.

/// Why the key store failed; the text names the cause, never a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct KeyStoreError(pub String);

/// Implemented by the shell. Each method is called on a background thread;
/// none may block for long.
pub trait KeyStore: Send + Sync {
    /// Encrypts `key` (32 bytes) with the device key; the result is stored
    /// by the core in its data directory. Wipe `key` after use.
    fn wrap(&self, key: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Decrypts what [`KeyStore::wrap`] returned. An error (device key gone,
    /// another device, tampering) makes the core discard the vault and start
    /// fresh.
    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyStoreError>;
    /// Deletes the device key (quick exit): every wrapped copy becomes
    /// unreadable. Must be idempotent.
    fn forget(&self);
}
