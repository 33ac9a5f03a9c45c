//! The tokio runtime the library owns: one scheduler thread, started on
//! first use, shared by every app instance (a phone runs a few chats: the
//! multi-thread scheduler would cost bytes and buy nothing). Blocking work
//! (Argon2, file deletion) goes to tokio's blocking pool as usual.

use std::future::Future;
use std::sync::Mutex;

use tokio::runtime::{Builder, Handle};

use crate::error::ApiError;

static RUNTIME: Mutex<Option<Handle>> = Mutex::new(None);

pub(crate) fn runtime() -> Result<Handle, ApiError> {
    let mut runtime = RUNTIME.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(handle) = runtime.as_ref() {
        return Ok(handle.clone());
    }
    let failed = |what: &str, e: std::io::Error| ApiError::Internal {
        message: format!("cannot start the network runtime ({what}): {}", e.kind()),
    };
    let built = Builder::new_current_thread()
        .thread_name("discret")
        .enable_all()
        .build()
        .map_err(|e| failed("build", e))?;
    let handle = built.handle().clone();
    std::thread::Builder::new()
        .name("discret".into())
        .spawn(move || built.block_on(std::future::pending::<()>()))
        .map_err(|e| failed("thread", e))?;
    *runtime = Some(handle.clone());
    Ok(handle)
}

/// Runs `future` on the library's runtime and waits for it from whatever
/// executor the host uses: the exported async functions are polled by
/// uniffi's foreign executor, and only wait on this task's handle (so
/// uniffi needs no tokio adapter, and every tokio call runs inside our
/// runtime).
pub(crate) async fn run<F, T>(future: F) -> Result<T, ApiError>
where
    F: Future<Output = Result<T, discret_core::Error>> + Send + 'static,
    T: Send + 'static,
{
    match runtime()?.spawn(future).await {
        Ok(result) => result.map_err(ApiError::from),
        Err(e) if e.is_panic() => Err(ApiError::Internal {
            message: "the call panicked; this is a bug in discret".into(),
        }),
        Err(_) => Err(ApiError::Internal {
            message: "the call was cancelled".into(),
        }),
    }
}
