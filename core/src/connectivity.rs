//! Connectivity: whether the platform is reachable and serves the pinned
//! desk key, probed in the background and reported to a listener on change.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Notify;

use crate::crypto::DeskKey;
use crate::error::Error;
use crate::net::PlatformClient;

/// What the app can say about its link to the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connectivity {
    /// The platform answers and serves the pinned desk key.
    Online,
    /// The platform cannot be reached (no network, platform down).
    Offline,
    /// The platform answers with another desk key: nothing will be sent.
    Untrusted,
}

/// Told about every change of [`Connectivity`] (and the first state).
pub trait ConnectivityListener: Send + Sync {
    fn on_change(&self, state: Connectivity);
}

/// Probes the platform once.
pub async fn probe(client: &PlatformClient, desk_key: &DeskKey) -> Connectivity {
    match client.health().await {
        Ok(health) if desk_key.matches(&health.desk_signing_key) => Connectivity::Online,
        Ok(_) => Connectivity::Untrusted,
        Err(Error::Network(_)) => Connectivity::Offline,
        Err(e) if e.is_transient() => Connectivity::Offline,
        Err(_) => Connectivity::Untrusted,
    }
}

/// The probing loop behind a subscription: probes now, then every
/// `interval` or whenever `wake` is notified (the shell says the network
/// changed), and reports changes only.
pub(crate) async fn watch(
    client: PlatformClient,
    desk_key: DeskKey,
    interval: Duration,
    wake: Arc<Notify>,
    listener: Arc<dyn ConnectivityListener>,
) {
    let mut last = None;
    loop {
        let woken = wake.notified();
        tokio::pin!(woken);
        woken.as_mut().enable();
        let state = probe(&client, &desk_key).await;
        if last != Some(state) {
            last = Some(state);
            listener.on_change(state);
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = woken => {}
        }
    }
}
