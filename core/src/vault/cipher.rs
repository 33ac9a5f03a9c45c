//! Seals and opens one stored value with ChaCha20-Poly1305 (ring's audited
//! implementation; nothing is written here), under the vault key held in a
//! zeroized heap buffer. The associated data names the table, the column and
//! the row, so a sealed value copied into another row, column or table no
//! longer opens: values cannot be swapped.

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of the vault key (ChaCha20-Poly1305).
pub const KEY_LEN: usize = 32;
const TAG_LEN: usize = 16;
/// Version tag of the associated data, so a future format cannot be fed
/// this one's values.
const AD_PREFIX: &[u8] = b"discret-vault-v1";

/// Where a value lives; the associated data of its seal.
pub(crate) struct Place<'a> {
    pub table: &'a str,
    pub column: &'a str,
    pub row: &'a [u8],
}

impl Place<'_> {
    fn associated_data(&self) -> Vec<u8> {
        let mut ad = Vec::with_capacity(AD_PREFIX.len() + 3 + self.table.len() + 64);
        ad.extend_from_slice(AD_PREFIX);
        for part in [self.table.as_bytes(), self.column.as_bytes(), self.row] {
            ad.push(0);
            ad.extend_from_slice(&(part.len() as u32).to_le_bytes());
            ad.extend_from_slice(part);
        }
        ad
    }
}

/// The vault key. It stays in one heap allocation, zeroized on drop; the
/// cipher's key schedule is rebuilt on the stack for each call, and that
/// stack is scrubbed when the call returns.
pub(crate) struct ValueCipher {
    key: Box<Zeroizing<[u8; KEY_LEN]>>,
}

impl ValueCipher {
    /// A fresh random key from the OS-seeded CSPRNG.
    pub(crate) fn random() -> Self {
        let mut key = Box::new(Zeroizing::new([0u8; KEY_LEN]));
        rand::fill(&mut key[..]);
        ValueCipher { key }
    }

    /// A key given back by the key store.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self> {
        if bytes.len() != KEY_LEN {
            return Err(Error::KeyStore(format!(
                "returned {} bytes instead of a {KEY_LEN}-byte key",
                bytes.len()
            )));
        }
        let mut key = Box::new(Zeroizing::new([0u8; KEY_LEN]));
        key.copy_from_slice(bytes);
        Ok(ValueCipher { key })
    }

    /// The raw key, for wrapping by the key store (and the forensic test).
    pub(crate) fn key_bytes(&self) -> &[u8; KEY_LEN] {
        &self.key
    }

    /// `nonce || ciphertext || tag`, with a random 96-bit nonce.
    pub(crate) fn seal(&self, place: &Place<'_>, plaintext: &[u8]) -> Result<Vec<u8>> {
        let mut nonce = [0u8; NONCE_LEN];
        rand::fill(&mut nonce);
        let mut sealed = Vec::with_capacity(NONCE_LEN + plaintext.len() + TAG_LEN);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(plaintext);
        let result = self.with_key(|key| {
            let (_, body) = sealed.split_at_mut(NONCE_LEN);
            let tag = key.seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(place.associated_data()),
                body,
            )?;
            sealed.extend_from_slice(tag.as_ref());
            Ok(())
        });
        match result {
            Ok(()) => Ok(sealed),
            Err(_) => Err(Error::Storage("cannot seal a value".into())),
        }
    }

    /// Opens a sealed value; any tampering, another key or another place is
    /// [`Error::Unauthentic`].
    pub(crate) fn open(&self, place: &Place<'_>, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        if sealed.len() < NONCE_LEN + TAG_LEN {
            return Err(Error::Unauthentic);
        }
        let (nonce, body) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| Error::Unauthentic)?;
        let mut buffer = Zeroizing::new(body.to_vec());
        let opened = self.with_key(|key| {
            key.open_in_place(nonce, Aad::from(place.associated_data()), &mut buffer)
                .map(|plain| plain.len())
        });
        match opened {
            Ok(len) => {
                buffer.truncate(len);
                Ok(buffer)
            }
            Err(_) => Err(Error::Unauthentic),
        }
    }

    fn with_key<T>(
        &self,
        f: impl FnOnce(&LessSafeKey) -> std::result::Result<T, ring::error::Unspecified>,
    ) -> std::result::Result<T, ring::error::Unspecified> {
        let result = run_with_key(&self.key[..], f);
        scrub_stack();
        result
    }
}

#[inline(never)]
fn run_with_key<T>(
    key: &[u8],
    f: impl FnOnce(&LessSafeKey) -> std::result::Result<T, ring::error::Unspecified>,
) -> std::result::Result<T, ring::error::Unspecified> {
    let key = LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key)?);
    f(&key)
}

/// Overwrites the stack below the caller, where the cipher's key schedule
/// and plaintext blocks lived during the call.
#[inline(never)]
pub(crate) fn scrub_stack() {
    let mut area = [0xA5u8; 32 * 1024];
    // SAFETY: writes zeroes within a local array of exactly this length.
    unsafe { std::ptr::write_bytes(area.as_mut_ptr(), 0, area.len()) };
    std::hint::black_box(&mut area);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place<'a>(row: &'a [u8]) -> Place<'a> {
        Place {
            table: "messages",
            column: "body",
            row,
        }
    }

    #[test]
    fn a_value_opens_only_with_its_key_and_place() {
        let cipher = ValueCipher::random();
        let sealed = cipher.seal(&place(b"1"), "مرحبا 你好".as_bytes()).unwrap();
        assert_eq!(
            &cipher.open(&place(b"1"), &sealed).unwrap()[..],
            "مرحبا 你好".as_bytes()
        );
        assert!(matches!(
            cipher.open(&place(b"2"), &sealed),
            Err(Error::Unauthentic)
        ));
        let other_column = Place {
            column: "other",
            ..place(b"1")
        };
        assert!(matches!(
            cipher.open(&other_column, &sealed),
            Err(Error::Unauthentic)
        ));
        assert!(matches!(
            ValueCipher::random().open(&place(b"1"), &sealed),
            Err(Error::Unauthentic)
        ));
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(
            cipher.open(&place(b"1"), &flipped),
            Err(Error::Unauthentic)
        ));
        assert!(matches!(
            cipher.open(&place(b"1"), &sealed[..10]),
            Err(Error::Unauthentic)
        ));
        // Same plaintext twice: different nonces, different seals.
        assert_ne!(
            sealed,
            cipher.seal(&place(b"1"), "مرحبا 你好".as_bytes()).unwrap()
        );
    }

    #[test]
    fn a_key_of_the_wrong_length_is_a_typed_error() {
        assert!(matches!(
            ValueCipher::from_bytes(&[0u8; 31]),
            Err(Error::KeyStore(_))
        ));
        let cipher = ValueCipher::random();
        let again = ValueCipher::from_bytes(cipher.key_bytes()).unwrap();
        let sealed = cipher.seal(&place(b"x"), b"v").unwrap();
        assert_eq!(&again.open(&place(b"x"), &sealed).unwrap()[..], b"v");
    }
}
