//! The `App` object: created from an `AppConfig`, it answers the emergency
//! numbers and languages, checks the platform, reports connectivity to a
//! listener, opens chats and performs quick exit.

use std::sync::Arc;

use crate::chat::Chat;
use crate::error::ApiError;
use crate::runtime::{run, runtime};
use crate::task_handle::TaskHandle;
use crate::types::{
    AppConfig, ChatRequest, Connectivity, EmergencyNumber, Language, PlatformStatus,
};

/// Told when the platform becomes reachable, unreachable or untrusted.
#[uniffi::export(with_foreign)]
pub trait ConnectivityListener: Send + Sync {
    fn on_change(&self, state: Connectivity);
}

struct ConnectivityBridge(Arc<dyn ConnectivityListener>);

impl discret_core::ConnectivityListener for ConnectivityBridge {
    fn on_change(&self, state: discret_core::Connectivity) {
        self.0.on_change(state.into());
    }
}

#[derive(uniffi::Object)]
pub struct App {
    pub(crate) core: Arc<discret_core::App>,
}

impl App {
    pub(crate) fn core(&self) -> &discret_core::App {
        &self.core
    }
}

#[uniffi::export]
impl App {
    /// Validates the configuration; every problem is `ApiError.InvalidConfig`.
    #[uniffi::constructor]
    pub fn new(config: AppConfig) -> Result<Arc<Self>, ApiError> {
        let handle = runtime()?;
        let core = discret_core::App::new(config.into(), handle)?;
        Ok(Arc::new(App {
            core: Arc::new(core),
        }))
    }

    /// Emergency and help numbers, main list first.
    pub fn emergency_numbers(&self) -> Vec<EmergencyNumber> {
        discret_core::emergency_numbers()
            .into_iter()
            .map(Into::into)
            .collect()
    }

    /// Every language of the picker, with autonym and text direction.
    pub fn supported_languages(&self) -> Vec<Language> {
        discret_core::supported_languages()
            .into_iter()
            .map(Into::into)
            .collect()
    }

    /// Checks the platform is reachable and serves the pinned desk key.
    pub async fn check_platform(&self) -> Result<PlatformStatus, ApiError> {
        let core = self.core.clone();
        run(async move { core.check_platform().await })
            .await
            .map(Into::into)
    }

    /// Reports connectivity now and on every change until the handle is
    /// cancelled or released.
    pub fn subscribe_connectivity(
        &self,
        listener: Arc<dyn ConnectivityListener>,
    ) -> Arc<TaskHandle> {
        let bridge = Arc::new(ConnectivityBridge(listener));
        Arc::new(TaskHandle::new(self.core.subscribe_connectivity(bridge)))
    }

    /// Call when the OS reports a network change: probes and retries now.
    pub fn network_changed(&self) {
        self.core.network_changed();
    }

    /// Opens an end-to-end encrypted chat with the desk.
    pub async fn start_chat(&self, request: ChatRequest) -> Result<Arc<Chat>, ApiError> {
        let core = self.core.clone();
        let chat = run(async move { core.start_chat(request.into()).await }).await?;
        Ok(Arc::new(Chat::new(chat)))
    }

    /// Resume mode: the chats saved before the app was stopped or killed,
    /// running again. Call it once the app is unlocked; empty in
    /// memory-only mode or when nothing was saved.
    pub fn resume_chats(&self) -> Result<Vec<Arc<Chat>>, ApiError> {
        let chats = self.core.resume_chats()?;
        Ok(chats.into_iter().map(|c| Arc::new(Chat::new(c))).collect())
    }

    /// Quick exit: tells the desk the citizen left (if the network allows),
    /// drops every chat's state and stops network tasks, wipes the vault
    /// (key zeroized, files deleted, key store told to forget) and the PIN.
    /// The app stays usable, as new. Safe to repeat.
    pub fn quick_exit(&self) {
        self.core.quick_exit();
    }
}
