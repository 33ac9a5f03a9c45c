//! The console's report pages' API: the latest anonymous reports
//! ("Signalements") and their photos, for logged-in operators only.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::auth;
use crate::desk::reports::ReportDesk;
use crate::error::{Error, Result};

/// Reports listed at most.
const LIST_LIMIT: usize = 100;

pub fn routes(reports: Arc<ReportDesk>) -> Router {
    Router::new()
        .route("/console/api/reports", get(list))
        .route("/console/api/reports/{id}/photos/{n}", get(photo))
        .with_state(reports)
}

async fn list(State(reports): State<Arc<ReportDesk>>, headers: HeaderMap) -> Result<Json<Value>> {
    auth::operator(&reports.desk.db, &headers)?;
    let reports2 = reports.clone();
    let items = tokio::task::spawn_blocking(move || reports2.list(LIST_LIMIT))
        .await
        .map_err(|_| Error::Internal("report list task".into()))??;
    Ok(Json(json!({ "items": items })))
}

async fn photo(
    State(reports): State<Arc<ReportDesk>>,
    headers: HeaderMap,
    Path((id, n)): Path<(i64, usize)>,
) -> Result<Response> {
    auth::operator(&reports.desk.db, &headers)?;
    let (format, bytes) = reports.photo(id, n)?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.mime_type()),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    Ok(response)
}
