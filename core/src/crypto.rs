//! Chat encryption, wrapping vodozemac's Olm (audited) and nothing else:
//! the pinned desk key, the check of the desk's signed one-time keys, and a
//! throw-away Olm account per chat so two chats cannot be linked.
//! No primitive is written here.

use base64::{engine::general_purpose::STANDARD_NO_PAD, Engine as _};
use discret_protocol::olm::{from_wire, rejection_reason, session_config, to_wire};
use discret_protocol::relay::{Ciphertext, KeyBundle};
use vodozemac::olm::{Account, Session};
use vodozemac::{Curve25519PublicKey, Ed25519PublicKey, Ed25519Signature};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The desk's long-term Ed25519 key, pinned in the app's configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeskKey(Ed25519PublicKey);

impl DeskKey {
    /// Parses the pinned key (unpadded base64, 43 characters).
    pub fn from_base64(text: &str) -> Result<Self> {
        parse_ed25519(text.trim())
            .map(DeskKey)
            .ok_or_else(|| Error::InvalidConfig {
                field: "desk_key",
                reason: "is not an Ed25519 public key (expected 43 characters of unpadded base64)"
                    .into(),
            })
    }

    pub fn to_base64(&self) -> String {
        self.0.to_base64()
    }

    /// True when `served` (a key the platform announces) is this pinned key.
    pub fn matches(&self, served: &str) -> bool {
        parse_ed25519(served).is_some_and(|key| key == self.0)
    }

    /// Checks that the bundle was signed by the pinned desk key and returns
    /// the desk's identity key and one-time key it vouches for.
    pub fn verify_bundle(
        &self,
        bundle: &KeyBundle,
    ) -> Result<(Curve25519PublicKey, Curve25519PublicKey)> {
        let signature =
            Ed25519Signature::from_base64(&bundle.signature).map_err(|_| Error::BadKeySignature)?;
        let text =
            KeyBundle::signed_text(&bundle.identity_key, &bundle.one_time_key, bundle.fallback);
        self.0
            .verify(text.as_bytes(), &signature)
            .map_err(|_| Error::BadKeySignature)?;
        let identity = Curve25519PublicKey::from_base64(&bundle.identity_key)
            .map_err(|_| Error::BadKeySignature)?;
        let one_time = Curve25519PublicKey::from_base64(&bundle.one_time_key)
            .map_err(|_| Error::BadKeySignature)?;
        Ok((identity, one_time))
    }
}

/// Parses an unpadded base64 Ed25519 public key. vodozemac 0.11's own
/// `Ed25519PublicKey::from_base64` panics on 44 characters that decode to
/// 33 bytes, so the length is checked here first.
fn parse_ed25519(text: &str) -> Option<Ed25519PublicKey> {
    let bytes = Zeroizing::new(STANDARD_NO_PAD.decode(text).ok()?);
    let array: &[u8; 32] = bytes.as_slice().try_into().ok()?;
    Ed25519PublicKey::from_slice(array).ok()
}

/// One chat's end of the Olm double ratchet.
pub struct ChatCipher {
    session: Session,
}

impl ChatCipher {
    /// Opens a session to the desk from a verified key bundle, with a fresh
    /// account that is dropped at once: nothing links this chat to another.
    pub fn open(desk: &DeskKey, bundle: &KeyBundle) -> Result<Self> {
        let (identity, one_time) = desk.verify_bundle(bundle)?;
        let throwaway = Account::new();
        let session = throwaway
            .create_outbound_session(session_config(), identity, one_time)
            .map_err(|_| Error::BadKeySignature)?;
        Ok(ChatCipher { session })
    }

    /// The session's state, for resume mode (sealed by the vault).
    pub(crate) fn pickle(&self) -> vodozemac::olm::SessionPickle {
        self.session.pickle()
    }

    /// A session saved with [`ChatCipher::pickle`].
    pub(crate) fn from_pickle(pickle: vodozemac::olm::SessionPickle) -> Self {
        ChatCipher {
            session: Session::from_pickle(pickle),
        }
    }

    pub fn encrypt(&mut self, plaintext: &[u8]) -> Result<Ciphertext> {
        let message = self
            .session
            .encrypt(plaintext)
            .map_err(|_| Error::Internal("Olm refused to encrypt".into()))?;
        Ok(to_wire(&message))
    }

    /// Decrypts a desk message; tampered, replayed or foreign ciphertext is
    /// [`Error::Rejected`].
    pub fn decrypt(&mut self, ciphertext: &Ciphertext) -> Result<Zeroizing<Vec<u8>>> {
        let message = from_wire(ciphertext).map_err(Error::Rejected)?;
        self.session
            .decrypt(&message)
            .map(Zeroizing::new)
            .map_err(|e| Error::Rejected(rejection_reason(&e)))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use discret_protocol::PROTOCOL_VERSION;
    use vodozemac::olm::OlmMessage;

    pub(crate) fn desk_account() -> Account {
        let mut account = Account::new();
        account.generate_one_time_keys(2);
        account
    }

    fn bundle_from(desk: &Account) -> KeyBundle {
        let identity = desk.identity_keys().curve25519.to_base64();
        let otk = desk.one_time_keys().values().next().unwrap().to_base64();
        let signature = desk
            .sign(KeyBundle::signed_text(&identity, &otk, false))
            .to_base64();
        KeyBundle {
            v: PROTOCOL_VERSION,
            identity_key: identity,
            one_time_key: otk,
            fallback: false,
            signature,
        }
    }

    fn pinned(desk: &Account) -> DeskKey {
        DeskKey::from_base64(&desk.identity_keys().ed25519.to_base64()).unwrap()
    }

    /// The desk's side of a fresh chat, as the platform builds it.
    fn desk_accepts(desk: &mut Account, first: &Ciphertext) -> (Session, Vec<u8>) {
        let OlmMessage::PreKey(pre_key) = from_wire(first).unwrap() else {
            panic!("first message must be a pre-key message")
        };
        let result = desk
            .create_inbound_session(session_config(), pre_key.identity_key(), &pre_key)
            .unwrap();
        (result.session, result.plaintext)
    }

    #[test]
    fn a_chat_round_trips_both_ways() {
        let mut desk = desk_account();
        let bundle = bundle_from(&desk);
        let mut phone = ChatCipher::open(&pinned(&desk), &bundle).unwrap();
        let first = phone.encrypt(b"hello desk").unwrap();
        assert_eq!(first.kind, 0, "pre-key message first");
        let (mut desk_session, plaintext) = desk_accepts(&mut desk, &first);
        assert_eq!(plaintext, b"hello desk");
        let reply = to_wire(&desk_session.encrypt(b"hello phone").unwrap());
        assert_eq!(&phone.decrypt(&reply).unwrap()[..], b"hello phone");
        let next = phone.encrypt(b"second").unwrap();
        assert_eq!(next.kind, 1, "normal message once the desk answered");
    }

    #[test]
    fn malformed_keys_are_errors_not_panics() {
        for text in [
            "",
            "A",
            &"A".repeat(43),
            &"A".repeat(44),
            &"/".repeat(44),
            "é".repeat(22).as_str(),
        ] {
            let _ = DeskKey::from_base64(text);
            assert!(!DeskKey::from_base64(&pinned(&desk_account()).to_base64())
                .unwrap()
                .matches(text));
        }
    }

    #[test]
    fn another_desk_key_is_refused() {
        let desk = desk_account();
        let impostor = desk_account();
        let bundle = bundle_from(&impostor);
        assert!(matches!(
            ChatCipher::open(&pinned(&desk), &bundle),
            Err(Error::BadKeySignature)
        ));
        let mut tampered = bundle_from(&desk);
        tampered.one_time_key = impostor
            .one_time_keys()
            .values()
            .next()
            .unwrap()
            .to_base64();
        assert!(matches!(
            ChatCipher::open(&pinned(&desk), &tampered),
            Err(Error::BadKeySignature)
        ));
        let mut as_fallback = bundle_from(&desk);
        as_fallback.fallback = true;
        assert!(matches!(
            ChatCipher::open(&pinned(&desk), &as_fallback),
            Err(Error::BadKeySignature)
        ));
    }

    #[test]
    fn tampered_replayed_and_foreign_ciphertext_is_rejected() {
        let mut desk = desk_account();
        let mut phone = ChatCipher::open(&pinned(&desk), &bundle_from(&desk)).unwrap();
        let (mut desk_session, _) = desk_accepts(&mut desk, &phone.encrypt(b"open").unwrap());
        let reply = to_wire(&desk_session.encrypt(b"secret reply").unwrap());

        let mut tampered = reply.clone();
        let mut bytes = STANDARD_NO_PAD.decode(&tampered.body).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 1;
        tampered.body = STANDARD_NO_PAD.encode(bytes);
        assert!(matches!(phone.decrypt(&tampered), Err(Error::Rejected(_))));

        assert_eq!(&phone.decrypt(&reply).unwrap()[..], b"secret reply");
        assert!(matches!(
            phone.decrypt(&reply),
            Err(Error::Rejected("replayed message"))
        ));

        let mut other_desk = desk_account();
        let mut other_phone =
            ChatCipher::open(&pinned(&other_desk), &bundle_from(&other_desk)).unwrap();
        let (mut other_session, _) =
            desk_accepts(&mut other_desk, &other_phone.encrypt(b"x").unwrap());
        let foreign = to_wire(&other_session.encrypt(b"not yours").unwrap());
        assert!(matches!(phone.decrypt(&foreign), Err(Error::Rejected(_))));

        let garbage = Ciphertext {
            kind: 1,
            body: "%%%".into(),
        };
        assert!(matches!(phone.decrypt(&garbage), Err(Error::Rejected(_))));
        let err = phone.decrypt(&tampered).unwrap_err().to_string();
        assert!(!err.contains("secret"), "{err}");
    }
}
