//! The platform's address, checked: `https://host[:port][/base/]`, or
//! plain `http` on the loopback only; no user name, password, query or
//! fragment. Parsed with `http::Uri` (already in the tree through hyper):
//! the core joins its API paths to the base and builds the WebSocket
//! address from it. Host names are ASCII (our own platform's).

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlatformUrl {
    secure: bool,
    /// As written in the URL (an IPv6 literal keeps its brackets).
    host: String,
    /// Only when written in the URL.
    port: Option<u16>,
    /// Starts and ends with `/`.
    base_path: String,
}

fn invalid(reason: impl Into<String>) -> Error {
    Error::InvalidConfig {
        field: "platform_url",
        reason: reason.into(),
    }
}

impl PlatformUrl {
    pub fn parse(text: &str) -> Result<PlatformUrl> {
        let text = text.trim();
        if text.contains('#') {
            return Err(invalid("must not have a query or fragment"));
        }
        let uri = http::Uri::from_str(text).map_err(|_| invalid("is not a valid URL"))?;
        let secure = match uri.scheme_str() {
            Some("https") => true,
            Some("http") => false,
            Some(other) => return Err(invalid(format!("scheme `{other}` is not http(s)"))),
            None => return Err(invalid("is not a valid URL (no scheme)")),
        };
        let authority = uri.authority().ok_or_else(|| invalid("has no host"))?;
        if authority.as_str().contains('@') {
            return Err(invalid("must not carry a user name or password"));
        }
        if uri.query().is_some() {
            return Err(invalid("must not have a query or fragment"));
        }
        let host = authority.host().to_ascii_lowercase();
        if host.is_empty() {
            return Err(invalid("has no host"));
        }
        if !host.is_ascii() {
            return Err(invalid("the host name must be ASCII (punycode)"));
        }
        let bare = host.trim_start_matches('[').trim_end_matches(']');
        let loopback =
            bare == "localhost" || bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if !secure && !loopback {
            return Err(invalid(
                "must use https (plain http is allowed for localhost only)",
            ));
        }
        let mut base_path = uri.path().to_string();
        if !base_path.starts_with('/') {
            base_path.insert(0, '/');
        }
        if !base_path.ends_with('/') {
            base_path.push('/');
        }
        Ok(PlatformUrl {
            secure,
            host,
            port: authority.port_u16(),
            base_path,
        })
    }

    pub fn is_secure(&self) -> bool {
        self.secure
    }

    /// The host as written (brackets around an IPv6 literal).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The host to connect to and to name in TLS (no brackets).
    pub fn bare_host(&self) -> &str {
        self.host.trim_start_matches('[').trim_end_matches(']')
    }

    pub fn port(&self) -> u16 {
        self.port.unwrap_or(if self.secure { 443 } else { 80 })
    }

    /// `host[:port]`, for the `Host` header.
    pub fn authority(&self) -> String {
        match self.port {
            Some(port) => format!("{}:{port}", self.host),
            None => self.host.clone(),
        }
    }

    /// The request target of an API path relative to the base
    /// (`v1/health` → `/base/v1/health`).
    pub fn target(&self, path: &str) -> String {
        format!("{}{}", self.base_path, path.trim_start_matches('/'))
    }

    /// The WebSocket address of an API path.
    pub fn websocket(&self, path: &str) -> String {
        let scheme = if self.secure { "wss" } else { "ws" };
        format!("{scheme}://{}{}", self.authority(), self.target(path))
    }
}

impl fmt::Display for PlatformUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.secure { "https" } else { "http" };
        write!(f, "{scheme}://{}{}", self.authority(), self.base_path)
    }
}

impl FromStr for PlatformUrl {
    type Err = Error;

    fn from_str(text: &str) -> Result<PlatformUrl> {
        PlatformUrl::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_addresses_are_taken_apart() {
        let url = PlatformUrl::parse("https://Relay.Example.fr/base").expect("url");
        assert!(url.is_secure());
        assert_eq!((url.host(), url.port()), ("relay.example.fr", 443));
        assert_eq!(url.target("v1/health"), "/base/v1/health");
        assert_eq!(
            url.websocket("v1/chats/ab/ws?after=0"),
            "wss://relay.example.fr/base/v1/chats/ab/ws?after=0"
        );
        assert_eq!(url.to_string(), "https://relay.example.fr/base/");

        let local = PlatformUrl::parse("http://127.0.0.1:8080").expect("url");
        assert_eq!(
            (local.authority(), local.port()),
            ("127.0.0.1:8080".into(), 8080)
        );
        assert_eq!(local.target("/v1/health"), "/v1/health");
        let v6 = PlatformUrl::parse("http://[::1]:9/").expect("url");
        assert_eq!((v6.host(), v6.bare_host()), ("[::1]", "::1"));
        assert_eq!(v6.websocket("x"), "ws://[::1]:9/x");
        assert!(PlatformUrl::parse("http://localhost:1").is_ok());
    }

    #[test]
    fn bad_addresses_are_typed_errors() {
        for text in [
            "",
            "not a url",
            "relay.example.fr",
            "ftp://127.0.0.1/",
            "http://relay.example.fr",
            "http://10.0.0.1/",
            "https://u:p@x.fr",
            "https://u@x.fr",
            "https://x.fr/?a=1",
            "https://x.fr/#top",
            "https:///path",
        ] {
            assert!(
                matches!(
                    PlatformUrl::parse(text),
                    Err(Error::InvalidConfig {
                        field: "platform_url",
                        ..
                    })
                ),
                "{text}"
            );
        }
    }
}
