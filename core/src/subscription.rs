//! A running subscription: the background task that feeds a listener. It
//! stops when [`Subscription::cancel`] is called or when it is dropped.

use tokio::task::JoinHandle;

#[must_use = "a subscription stops when dropped"]
pub struct Subscription {
    task: Option<JoinHandle<()>>,
}

impl Subscription {
    pub(crate) fn new(task: JoinHandle<()>) -> Self {
        Subscription { task: Some(task) }
    }

    /// Stops the listener's task; idempotent.
    pub fn cancel(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }

    pub fn is_active(&self) -> bool {
        self.task.as_ref().is_some_and(|t| !t.is_finished())
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.cancel();
    }
}
