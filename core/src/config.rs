//! The app's configuration and its validation: data directory, platform URL,
//! pinned desk key and the device's preferred languages.

use std::path::{Path, PathBuf};

use crate::platform_url::PlatformUrl;

use crate::crypto::DeskKey;
use crate::error::{Error, Result};
use crate::languages::{self, LanguageTag};

/// The configuration the shell gives when it creates the app.
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// A private directory of the app (files the core may write; in the
    /// default memory-only mode it writes none).
    pub data_dir: PathBuf,
    /// Base URL of the platform's relay, e.g. `https://relay.example.fr`.
    /// Plain `http` is accepted for loopback addresses only (development).
    pub platform_url: String,
    /// The desk's Ed25519 public key, unpadded base64 (43 characters).
    pub desk_key: String,
    /// The device's languages, most preferred first (BCP 47 tags).
    pub preferred_languages: Vec<String>,
    /// Resume mode: keep the vault in a file of `data_dir` (key wrapped by
    /// the shell's key store) so a chat survives the OS killing the app.
    /// Off by default: nothing is written to disk.
    pub resume: bool,
}

/// A configuration that passed every check.
#[derive(Debug, Clone)]
pub struct ValidConfig {
    pub data_dir: PathBuf,
    pub platform_url: PlatformUrl,
    pub desk_key: DeskKey,
    pub preferred_languages: Vec<LanguageTag>,
    pub resume: bool,
}

impl AppConfig {
    pub fn validate(&self) -> Result<ValidConfig> {
        Ok(ValidConfig {
            data_dir: validate_data_dir(&self.data_dir)?,
            platform_url: validate_platform_url(&self.platform_url)?,
            desk_key: DeskKey::from_base64(&self.desk_key)?,
            preferred_languages: validate_languages(&self.preferred_languages)?,
            resume: self.resume,
        })
    }
}

fn config_error(field: &'static str, reason: impl Into<String>) -> Error {
    Error::InvalidConfig {
        field,
        reason: reason.into(),
    }
}

fn validate_data_dir(dir: &Path) -> Result<PathBuf> {
    if dir.as_os_str().is_empty() {
        return Err(config_error(
            "data_dir",
            "is empty: give the app's private directory",
        ));
    }
    if !dir.is_absolute() {
        return Err(config_error("data_dir", "must be an absolute path"));
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        return Err(config_error(
            "data_dir",
            format!("cannot be created: {}", e.kind()),
        ));
    }
    if !dir.is_dir() {
        return Err(config_error("data_dir", "is not a directory"));
    }
    // Prove the directory is writable, then leave nothing behind.
    let probe = dir.join(".discret-write-probe");
    match std::fs::write(&probe, b"") {
        Ok(()) => {
            let _ = std::fs::remove_file(&probe);
        }
        Err(e) => {
            return Err(config_error(
                "data_dir",
                format!("is not writable: {}", e.kind()),
            ))
        }
    }
    Ok(dir.to_path_buf())
}

fn validate_platform_url(text: &str) -> Result<PlatformUrl> {
    PlatformUrl::parse(text)
}

fn validate_languages(tags: &[String]) -> Result<Vec<LanguageTag>> {
    if tags.is_empty() {
        return Ok(vec![languages::default_language()]);
    }
    tags.iter()
        .map(|tag| {
            LanguageTag::parse(tag).map_err(|e| match e {
                Error::InvalidInput { reason, .. } => config_error("preferred_languages", reason),
                other => other,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("discret-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn good(dir: &Path) -> AppConfig {
        AppConfig {
            data_dir: dir.to_path_buf(),
            platform_url: "http://127.0.0.1:8080".into(),
            desk_key: crate::crypto::tests::desk_account()
                .identity_keys()
                .ed25519
                .to_base64(),
            preferred_languages: vec!["fr-FR".into(), "ar".into()],
            resume: false,
        }
    }

    fn field_of(err: Error) -> &'static str {
        match err {
            Error::InvalidConfig { field, .. } => field,
            other => panic!("expected InvalidConfig, got {other}"),
        }
    }

    #[test]
    fn a_good_config_passes_and_leaves_no_file() {
        let dir = temp_dir("good");
        let valid = good(&dir).validate().unwrap();
        assert_eq!(valid.preferred_languages.len(), 2);
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    }

    #[test]
    fn each_bad_value_names_its_field() {
        let dir = temp_dir("bad");
        let mut c = good(&dir);
        c.data_dir = PathBuf::new();
        assert_eq!(field_of(c.validate().unwrap_err()), "data_dir");
        c.data_dir = "relative/dir".into();
        assert_eq!(field_of(c.validate().unwrap_err()), "data_dir");
        c.data_dir = "/proc/discret-cannot-exist".into();
        assert_eq!(field_of(c.validate().unwrap_err()), "data_dir");

        for url in [
            "",
            "not a url",
            "ftp://127.0.0.1/",
            "http://relay.example.fr",
            "https://u:p@x.fr",
            "https://x.fr/?a=1",
        ] {
            let mut c = good(&dir);
            c.platform_url = url.into();
            assert_eq!(field_of(c.validate().unwrap_err()), "platform_url", "{url}");
        }
        let mut c = good(&dir);
        c.platform_url = "https://relay.example.fr/base/".into();
        assert!(c.validate().is_ok());

        for key in ["", "abc", "!!!!", &"A".repeat(44)] {
            let mut c = good(&dir);
            c.desk_key = key.into();
            assert_eq!(field_of(c.validate().unwrap_err()), "desk_key", "{key}");
        }
        for tags in [
            vec!["".to_string()],
            vec!["fr".into(), "not a tag".into()],
            vec!["xx".into()],
        ] {
            let mut c = good(&dir);
            c.preferred_languages = tags;
            assert_eq!(field_of(c.validate().unwrap_err()), "preferred_languages");
        }
    }
}
