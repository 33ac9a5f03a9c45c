//! Sealing a report to the desk with HPKE (RFC 9180) from the `hpke` crate
//! (no primitive written here): suite DHKEM(X25519, HKDF-SHA256) /
//! HKDF-SHA256 / ChaCha20-Poly1305, mode base (the phone stays anonymous:
//! no sender key). `info` binds the protocol version and the purpose
//! ([`INFO`]); the associated data is the report's client id, so the relay
//! cannot file a sealed report under another id. Both ends use this module:
//! the phone seals, the desk opens.

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use zeroize::Zeroizing;

use crate::report::SealedReport;
use crate::PROTOCOL_VERSION;

/// The HPKE `info`: protocol version 1, purpose "report".
pub const INFO: &[u8] = b"discret-report-v1";

type Kem = X25519HkdfSha256;

/// Why a report could not be sealed or opened. Never carries content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the desk's report key is not an X25519 public key")]
    BadPublicKey,
    #[error("the sealed report is malformed (base64 or key length)")]
    Malformed,
    #[error("the sealed report does not open with this key (another key, or tampered)")]
    CannotOpen,
    #[error("HPKE refused to seal")]
    Seal,
}

/// The desk's report key pair.
pub struct ReportKeyPair {
    secret: <Kem as hpke::Kem>::PrivateKey,
    public: <Kem as hpke::Kem>::PublicKey,
}

impl ReportKeyPair {
    /// A fresh random key pair.
    pub fn generate() -> Self {
        let (secret, public) = Kem::gen_keypair();
        ReportKeyPair { secret, public }
    }

    /// RFC 9180 `DeriveKeyPair(ikm)`: the same key pair from the same
    /// secret input (the desk derives it from its pickle key and a salt
    /// kept in its database, so the database alone holds no secret).
    pub fn derive(ikm: &[u8]) -> Self {
        let (secret, public) = Kem::derive_keypair(ikm);
        ReportKeyPair { secret, public }
    }

    /// The public key, unpadded base64 (what the desk signs and publishes).
    pub fn public_base64(&self) -> String {
        STANDARD_NO_PAD.encode(self.public.to_bytes())
    }

    /// Opens a sealed report; the plaintext is wiped when dropped.
    pub fn open(&self, sealed: &SealedReport) -> Result<Zeroizing<Vec<u8>>, SealError> {
        let enc = STANDARD_NO_PAD
            .decode(&sealed.enc)
            .map_err(|_| SealError::Malformed)?;
        let enc =
            <Kem as hpke::Kem>::EncappedKey::from_bytes(&enc).map_err(|_| SealError::Malformed)?;
        let ciphertext = STANDARD_NO_PAD
            .decode(&sealed.ciphertext)
            .map_err(|_| SealError::Malformed)?;
        hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
            &OpModeR::Base,
            &self.secret,
            &enc,
            INFO,
            &ciphertext,
            sealed.client_id.as_bytes(),
        )
        .map(Zeroizing::new)
        .map_err(|_| SealError::CannotOpen)
    }
}

/// Seals `plaintext` to the desk's public key (unpadded base64).
pub fn seal(
    public_key: &str,
    client_id: &str,
    plaintext: &[u8],
) -> Result<SealedReport, SealError> {
    let bytes = Zeroizing::new(
        STANDARD_NO_PAD
            .decode(public_key)
            .map_err(|_| SealError::BadPublicKey)?,
    );
    let public =
        <Kem as hpke::Kem>::PublicKey::from_bytes(&bytes).map_err(|_| SealError::BadPublicKey)?;
    let (enc, ciphertext) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &public,
        INFO,
        plaintext,
        client_id.as_bytes(),
    )
    .map_err(|_| SealError::Seal)?;
    Ok(SealedReport {
        v: PROTOCOL_VERSION,
        client_id: client_id.to_string(),
        enc: STANDARD_NO_PAD.encode(enc.to_bytes()),
        ciphertext: STANDARD_NO_PAD.encode(ciphertext),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn a_sealed_report_opens_with_the_desk_key_only() {
        let desk = ReportKeyPair::generate();
        let sealed = seal(&desk.public_base64(), ID, b"report body").unwrap();
        assert_eq!(desk.open(&sealed).unwrap().as_slice(), b"report body");
        assert!(!sealed.ciphertext.contains("report"));

        let other = ReportKeyPair::generate();
        assert_eq!(other.open(&sealed).unwrap_err(), SealError::CannotOpen);

        // Filed under another client id: refused (the id is the AAD).
        let mut moved = sealed.clone();
        moved.client_id = "f".repeat(32);
        assert_eq!(desk.open(&moved).unwrap_err(), SealError::CannotOpen);

        let mut tampered = sealed.clone();
        let mut bytes = STANDARD_NO_PAD.decode(&tampered.ciphertext).unwrap();
        bytes[0] ^= 1;
        tampered.ciphertext = STANDARD_NO_PAD.encode(bytes);
        assert_eq!(desk.open(&tampered).unwrap_err(), SealError::CannotOpen);

        let mut garbled = sealed;
        garbled.enc = "not base64!".into();
        assert_eq!(desk.open(&garbled).unwrap_err(), SealError::Malformed);
    }

    #[test]
    fn derived_key_pairs_are_stable_and_bad_keys_are_errors() {
        let a = ReportKeyPair::derive(&[7u8; 64]);
        let b = ReportKeyPair::derive(&[7u8; 64]);
        let c = ReportKeyPair::derive(&[8u8; 64]);
        assert_eq!(a.public_base64(), b.public_base64());
        assert_ne!(a.public_base64(), c.public_base64());
        assert_eq!(seal("AAAA", ID, b"x").unwrap_err(), SealError::BadPublicKey);
        assert_eq!(seal("%%%", ID, b"x").unwrap_err(), SealError::BadPublicKey);
    }
}
