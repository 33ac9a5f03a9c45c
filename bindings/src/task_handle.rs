//! A running subscription handed to the app: it stops when `cancel` is
//! called or when the foreign object is released.

use std::sync::Mutex;

use discret_core::Subscription;

#[derive(uniffi::Object)]
pub struct TaskHandle(Mutex<Option<Subscription>>);

impl TaskHandle {
    pub(crate) fn new(subscription: Subscription) -> Self {
        TaskHandle(Mutex::new(Some(subscription)))
    }
}

#[uniffi::export]
impl TaskHandle {
    /// Stops the subscription; idempotent.
    pub fn cancel(&self) {
        let taken = self.0.lock().map(|mut s| s.take()).unwrap_or(None);
        drop(taken);
    }

    /// True until cancelled (or until its task ended).
    pub fn is_active(&self) -> bool {
        self.0
            .lock()
            .map(|s| s.as_ref().is_some_and(Subscription::is_active))
            .unwrap_or(false)
    }
}
