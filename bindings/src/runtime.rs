//! The tokio runtime the library owns: two worker threads, started on first
//! use, shared by every app instance.

use std::future::Future;
use std::sync::OnceLock;

use tokio::runtime::{Builder, Runtime};

use crate::error::ApiError;

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

pub(crate) fn runtime() -> Result<&'static Runtime, ApiError> {
    if let Some(runtime) = RUNTIME.get() {
        return Ok(runtime);
    }
    let built = Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("discret")
        .enable_all()
        .build()
        .map_err(|e| ApiError::Internal {
            message: format!("cannot start the network runtime: {}", e.kind()),
        })?;
    Ok(RUNTIME.get_or_init(|| built))
}

/// Runs `future` on the library's runtime and waits for it from whatever
/// executor the host uses.
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
