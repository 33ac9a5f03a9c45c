//! The operator console: a web page served by the desk (plain HTML, CSS and
//! JavaScript embedded in the binary, no build step) and its JSON API under
//! `/console/api`. Every API call but login needs the session cookie; every
//! change also needs the session's CSRF token in `X-CSRF-Token`.

pub mod auth;
pub mod reports;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::desk::Desk;
use crate::error::{Error, Result};
use auth::LoginLimiter;

const INDEX_HTML: &str = include_str!("static/index.html");
const APP_JS: &str = include_str!("static/app.js");
const STYLE_CSS: &str = include_str!("static/style.css");
const MAX_WAIT_SECS: u64 = 25;

pub struct Console {
    desk: Arc<Desk>,
    limiter: LoginLimiter,
}

impl Console {
    pub fn routes(desk: Arc<Desk>) -> Router {
        let console = Arc::new(Console {
            desk,
            limiter: LoginLimiter::default(),
        });
        Router::new()
            .route(
                "/console",
                get(|| async { page(INDEX_HTML, "text/html; charset=utf-8") }),
            )
            .route(
                "/console/",
                get(|| async { page(INDEX_HTML, "text/html; charset=utf-8") }),
            )
            .route(
                "/console/app.js",
                get(|| async { page(APP_JS, "text/javascript; charset=utf-8") }),
            )
            .route(
                "/console/style.css",
                get(|| async { page(STYLE_CSS, "text/css; charset=utf-8") }),
            )
            .route("/console/api/login", post(login))
            .route("/console/api/logout", post(logout))
            .route("/console/api/me", get(me))
            .route("/console/api/queue", get(queue))
            .route("/console/api/stats", get(stats))
            .route("/console/api/pre-complaints", get(pre_complaints))
            .route("/console/api/cases/{id}", get(case))
            .route("/console/api/cases/{id}/{action}", post(act))
            .layer(DefaultBodyLimit::max(64 * 1024))
            .with_state(console)
    }
}

/// A static asset with the console's security headers.
fn page(body: &'static str, content_type: &'static str) -> Response {
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// JSON bodies only: a cross-site form cannot send `application/json`
/// without a CORS pre-flight, which this server never grants.
fn json_body<T: for<'de> Deserialize<'de>>(headers: &HeaderMap, body: &[u8]) -> Result<T> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return Err(Error::BadRequest("send application/json".into()));
    }
    serde_json::from_slice(body)
        .map_err(|e| Error::BadRequest(format!("malformed body at column {}", e.column())))
}

#[derive(Deserialize)]
struct LoginBody {
    username: String,
    password: zeroize::Zeroizing<String>,
}

async fn login(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response> {
    let body: LoginBody = json_body(&headers, &body)?;
    let db = console.desk.db.clone();
    let console2 = console.clone();
    let (token, operator) = tokio::task::spawn_blocking(move || {
        auth::login(&db, &console2.limiter, &body.username, &body.password)
    })
    .await
    .map_err(|_| Error::Internal("login task".into()))??;
    tracing::info!(operator = %operator.username, "operator logged in");
    let mut response = Json(json!({
        "username": operator.username,
        "display_name": operator.display_name,
        "csrf": operator.csrf,
    }))
    .into_response();
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::session_cookie(&token))
            .map_err(|_| Error::Internal("cookie".into()))?,
    );
    Ok(response)
}

async fn logout(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<StatusCode> {
    auth::operator_for_change(&console.desk.db, &headers)?;
    auth::logout(&console.desk.db, &headers)?;
    Ok(StatusCode::NO_CONTENT)
}

async fn me(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>> {
    let operator = auth::operator(&console.desk.db, &headers)?;
    Ok(Json(json!({
        "username": operator.username,
        "display_name": operator.display_name,
        "csrf": operator.csrf,
    })))
}

#[derive(Deserialize)]
struct QueueQuery {
    #[serde(default)]
    since: u64,
    #[serde(default)]
    wait: u64,
}

/// The queue; with `since` and `wait`, a long poll that answers as soon as
/// anything changed after version `since`.
async fn queue(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Query(query): Query<QueueQuery>,
) -> Result<Json<Value>> {
    auth::operator(&console.desk.db, &headers)?;
    let mut updates = console.desk.updates.subscribe();
    if *updates.borrow_and_update() <= query.since && query.wait > 0 {
        let wait = Duration::from_secs(query.wait.min(MAX_WAIT_SECS));
        let _ = tokio::time::timeout(wait, updates.changed()).await;
    }
    let version = *updates.borrow();
    Ok(Json(
        json!({ "version": version, "items": console.desk.queue()? }),
    ))
}

async fn stats(State(console): State<Arc<Console>>, headers: HeaderMap) -> Result<Json<Value>> {
    auth::operator(&console.desk.db, &headers)?;
    Ok(Json(
        serde_json::to_value(crate::desk::stats::answer_stats(&console.desk.db)?)
            .unwrap_or_default(),
    ))
}

/// The pre-complaints received, newest first.
async fn pre_complaints(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    auth::operator(&console.desk.db, &headers)?;
    Ok(Json(json!({ "items": console.desk.pre_complaints()? })))
}

async fn case(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path(id): Path<i64>,
) -> Result<Json<Value>> {
    auth::operator(&console.desk.db, &headers)?;
    Ok(Json(
        serde_json::to_value(console.desk.case(id)?).unwrap_or_default(),
    ))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ActionBody {
    text: Option<String>,
    prompt: Option<String>,
    choices: Option<Vec<String>>,
    note: Option<String>,
    reason: Option<String>,
}

async fn act(
    State(console): State<Arc<Console>>,
    headers: HeaderMap,
    Path((id, action)): Path<(i64, String)>,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    let operator = auth::operator_for_change(&console.desk.db, &headers)?;
    let body: ActionBody = if body.is_empty() {
        ActionBody::default()
    } else {
        json_body(&headers, &body)?
    };
    if action == "reply" {
        let text = body.text.as_deref().unwrap_or("");
        let message_id = console
            .desk
            .reply_translated(id, &operator.username, text)
            .await?;
        return Ok(Json(json!({ "message_id": message_id })));
    }
    let desk = console.desk.clone();
    let result = tokio::task::spawn_blocking(move || -> Result<Value> {
        let who = operator.username.as_str();
        match action.as_str() {
            "take" => desk
                .take(id, who, &operator.display_name)
                .map(|()| json!({})),
            "reply" => desk
                .reply(id, who, body.text.as_deref().unwrap_or(""))
                .map(|message_id| json!({ "message_id": message_id })),
            "ask" => desk
                .ask(
                    id,
                    who,
                    body.prompt.as_deref().unwrap_or(""),
                    &body.choices.unwrap_or_default(),
                )
                .map(|question_id| json!({ "question_id": question_id })),
            "typing" => desk.typing(id, who).map(|()| json!({})),
            "read" => desk.mark_read(id, who).map(|n| json!({ "marked": n })),
            "dispatch" => desk
                .dispatch_patrol(id, who, body.note.as_deref())
                .map(|()| json!({})),
            "close" => desk
                .close_case(id, who, body.reason.as_deref())
                .map(|()| json!({})),
            _ => Err(Error::NotFound),
        }
    })
    .await
    .map_err(|_| Error::Internal("action task".into()))??;
    Ok(Json(result))
}
