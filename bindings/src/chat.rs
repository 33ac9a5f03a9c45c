//! The `Chat` object and its listener.

use std::sync::Arc;

use crate::error::ApiError;
use crate::runtime::run;
use crate::task_handle::TaskHandle;
use crate::types::{ChatEvent, ChatState, LocationFix};

/// Receives a chat's events in order.
#[uniffi::export(with_foreign)]
pub trait ChatListener: Send + Sync {
    fn on_event(&self, event: ChatEvent);
}

struct ChatBridge(Arc<dyn ChatListener>);

impl discret_core::ChatListener for ChatBridge {
    fn on_event(&self, event: discret_core::ChatEvent) {
        self.0.on_event(event.into());
    }
}

#[derive(uniffi::Object)]
pub struct Chat {
    core: Arc<discret_core::Chat>,
}

impl Chat {
    pub(crate) fn new(core: Arc<discret_core::Chat>) -> Self {
        Chat { core }
    }
}

#[uniffi::export]
impl Chat {
    pub fn state(&self) -> ChatState {
        self.core.state().into()
    }

    /// The label under which the vault keeps this chat's texts (for
    /// `App.stored_messages`).
    pub fn conversation(&self) -> Option<String> {
        self.core.conversation()
    }

    /// Queues a text message; returns its id.
    #[uniffi::method(default(language = None))]
    pub fn send_text(&self, text: String, language: Option<String>) -> Result<String, ApiError> {
        Ok(self
            .core
            .send_text(&zeroize::Zeroizing::new(text), language)?)
    }

    pub fn share_location(&self, fix: LocationFix) -> Result<String, ApiError> {
        Ok(self.core.share_location(fix.into())?)
    }

    pub fn answer_question(&self, question_id: String, answer: String) -> Result<String, ApiError> {
        Ok(self.core.answer_question(&question_id, &answer)?)
    }

    pub fn mark_read(&self, message_id: String) -> Result<(), ApiError> {
        Ok(self.core.mark_read(&message_id)?)
    }

    /// Ends the chat (tells the desk if it can within a few seconds).
    /// Named `end` because Kotlin objects already have `close()` (they are
    /// `AutoCloseable`, which frees the Rust object).
    pub async fn end(&self) -> Result<(), ApiError> {
        let core = self.core.clone();
        run(async move { core.close().await }).await
    }

    /// Replays past events, then reports new ones until the handle is
    /// cancelled or released.
    pub fn subscribe(&self, listener: Arc<dyn ChatListener>) -> Arc<TaskHandle> {
        Arc::new(TaskHandle::new(
            self.core.subscribe(Arc::new(ChatBridge(listener))),
        ))
    }
}
