//! `discret-citizen`: chat silently with the desk from a terminal, through
//! the same public API of discret-core the Android and iOS shells call.
//!
//! Lines typed (or read from `--script FILE`) are messages, except commands:
//! `/loc LAT LON [ACCURACY_M]` shares a location, `/answer N` answers the
//! last tap question with its N-th choice, `/wait KIND [SECONDS]` waits for
//! an event (queued, ack, joined, message, delivered, read, question,
//! patrol, closed), `/close` closes the chat, `/exit` is the quick exit.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use discret_core::{
    App, AppConfig, Chat, ChatEvent, ChatListener, ChatRequest, LocationFix, LocationSource,
};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::Notify;

const USAGE: &str = "usage: discret-citizen --platform URL --desk-key KEY [--category CATEGORY] [--language TAG]
       [--lat LAT --lon LON [--accuracy M]] [--acting-for-victim] [--minor] [--agent-alert] [--script FILE]";

struct Options {
    platform: String,
    desk_key: String,
    category: String,
    language: String,
    location: Option<(f64, f64, f64)>,
    acting_for_victim: bool,
    minor: bool,
    agent_alert: bool,
    script: Option<String>,
}

fn parse_options() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut o = Options {
        platform: String::new(),
        desk_key: String::new(),
        category: "other".into(),
        language: "fr".into(),
        location: None,
        acting_for_victim: false,
        minor: false,
        agent_alert: false,
        script: None,
    };
    let (mut lat, mut lon, mut accuracy) = (None, None, 20.0);
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or(format!("{flag} needs a value"));
        let number = |text: String| {
            text.parse::<f64>()
                .map_err(|_| format!("`{text}` is not a number"))
        };
        match flag.as_str() {
            "--platform" => o.platform = value()?,
            "--desk-key" => o.desk_key = value()?,
            "--category" => o.category = value()?,
            "--language" => o.language = value()?,
            "--lat" => lat = Some(number(value()?)?),
            "--lon" => lon = Some(number(value()?)?),
            "--accuracy" => accuracy = number(value()?)?,
            "--acting-for-victim" => o.acting_for_victim = true,
            "--minor" => o.minor = true,
            "--agent-alert" => o.agent_alert = true,
            "--script" => o.script = Some(value()?),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if o.platform.is_empty() || o.desk_key.is_empty() {
        return Err("--platform and --desk-key are required".into());
    }
    o.location = match (lat, lon) {
        (Some(lat), Some(lon)) => Some((lat, lon, accuracy)),
        (None, None) => None,
        _ => return Err("give both --lat and --lon".into()),
    };
    Ok(o)
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn fix(lat: f64, lon: f64, accuracy_m: f64, source: LocationSource) -> LocationFix {
    LocationFix {
        lat,
        lon,
        accuracy_m,
        source,
        time_ms: now_ms(),
    }
}

/// Prints events and remembers their kinds for `/wait`.
#[derive(Default)]
struct Screen {
    kinds: Mutex<Vec<&'static str>>,
    arrived: Notify,
    last_question: Mutex<Option<(String, Vec<String>)>>,
}

fn kind_of(event: &ChatEvent) -> &'static str {
    match event {
        ChatEvent::Sent { .. } => "sent",
        ChatEvent::SendFailed { .. } => "failed",
        ChatEvent::Queued { .. } => "queued",
        ChatEvent::AutoAcknowledged { .. } => "ack",
        ChatEvent::OperatorJoined { .. } => "joined",
        ChatEvent::Message { .. } => "message",
        ChatEvent::OperatorTyping => "typing",
        ChatEvent::Delivered { .. } => "delivered",
        ChatEvent::Read { .. } => "read",
        ChatEvent::TapQuestion { .. } => "question",
        ChatEvent::PatrolDispatched { .. } => "patrol",
        ChatEvent::ClosedByOperator { .. } => "closed",
        ChatEvent::Expired => "expired",
        ChatEvent::PreComplaintReceipt { .. } => "receipt",
    }
}

impl ChatListener for Screen {
    fn on_event(&self, event: ChatEvent) {
        match &event {
            ChatEvent::Sent { message_id } => println!("  ✓ sent ({})", &message_id[..8]),
            ChatEvent::SendFailed { reason, .. } => println!("  ✗ not sent: {reason}"),
            ChatEvent::Queued {
                position,
                estimated_wait_secs,
            } => {
                println!("[desk] in the queue: position {position}, about {estimated_wait_secs} s")
            }
            ChatEvent::AutoAcknowledged { text } => println!("[desk] {text}"),
            ChatEvent::OperatorJoined { operator } => {
                println!("[desk] {operator} is answering you")
            }
            ChatEvent::Message { text, .. } => println!("[operator] {text}"),
            ChatEvent::OperatorTyping => println!("[operator is typing…]"),
            ChatEvent::Delivered { message_id } => {
                println!("  ✓✓ delivered ({})", &message_id[..8])
            }
            ChatEvent::Read { message_id } => println!("  ✓✓ read ({})", &message_id[..8]),
            ChatEvent::TapQuestion {
                id,
                prompt,
                choices,
            } => {
                let numbered: Vec<String> = choices
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{}) {c}", i + 1))
                    .collect();
                println!(
                    "[operator asks] {prompt}  {}   (answer with /answer N)",
                    numbered.join("  ")
                );
                if let Ok(mut last) = self.last_question.lock() {
                    *last = Some((id.clone(), choices.clone()));
                }
            }
            ChatEvent::PatrolDispatched { note } => {
                println!(
                    "[desk] a patrol is on its way{}",
                    note.as_deref()
                        .map(|n| format!(": {n}"))
                        .unwrap_or_default()
                )
            }
            ChatEvent::ClosedByOperator { reason } => println!("[desk] chat closed: {reason}"),
            ChatEvent::Expired => println!("[relay] this chat has expired; start a new one"),
            ChatEvent::PreComplaintReceipt { receipt, .. } => {
                println!("[desk] pre-complaint registered: {receipt}")
            }
        }
        if let Ok(mut kinds) = self.kinds.lock() {
            kinds.push(kind_of(&event));
        }
        self.arrived.notify_waiters();
    }
}

impl Screen {
    /// Waits for an event of `kind` not yet waited for.
    async fn wait(&self, cursor: &mut usize, kind: &str, timeout: Duration) -> Result<(), String> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let arrived = self.arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            if let Ok(kinds) = self.kinds.lock() {
                if let Some(offset) = kinds[*cursor..].iter().position(|k| *k == kind) {
                    *cursor += offset + 1;
                    return Ok(());
                }
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                return Err(format!("no `{kind}` event within {} s", timeout.as_secs()));
            }
        }
    }
}

async fn run_command(
    line: &str,
    chat: &Chat,
    app: &App,
    screen: &Screen,
    cursor: &mut usize,
) -> Result<bool, String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.first().copied() {
        Some("/loc") => {
            let number = |i: usize| words.get(i).and_then(|w| w.parse::<f64>().ok());
            let (Some(lat), Some(lon)) = (number(1), number(2)) else {
                return Err("usage: /loc LAT LON [ACCURACY_M]".into());
            };
            chat.share_location(fix(
                lat,
                lon,
                number(3).unwrap_or(20.0),
                LocationSource::Manual,
            ))
            .map_err(|e| e.to_string())?;
            println!("  (location shared)");
        }
        Some("/answer") => {
            let question = screen.last_question.lock().ok().and_then(|q| q.clone());
            let Some((id, choices)) = question else {
                return Err("no question to answer".into());
            };
            let index = words
                .get(1)
                .and_then(|w| w.parse::<usize>().ok())
                .unwrap_or(0);
            let choice = choices
                .get(index.wrapping_sub(1))
                .ok_or("give a choice number")?;
            chat.answer_question(&id, choice)
                .map_err(|e| e.to_string())?;
            println!("  (answered: {choice})");
        }
        Some("/wait") => {
            let kind = words.get(1).ok_or("usage: /wait KIND [SECONDS]")?;
            let secs = words.get(2).and_then(|w| w.parse().ok()).unwrap_or(60);
            screen.wait(cursor, kind, Duration::from_secs(secs)).await?;
        }
        Some("/close") => {
            chat.close().await.map_err(|e| e.to_string())?;
            println!("  (chat closed)");
            return Ok(false);
        }
        Some("/exit") => {
            app.quick_exit();
            println!("  (quick exit: everything dropped)");
            return Ok(false);
        }
        Some(command) if command.starts_with('/') => {
            return Err(format!("unknown command {command}"))
        }
        _ => {
            chat.send_text(line, None).map_err(|e| e.to_string())?;
        }
    }
    Ok(true)
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let options = match parse_options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return std::process::ExitCode::from(2);
        }
    };
    match run(options).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(o: Options) -> Result<(), String> {
    let data_dir = std::env::temp_dir().join(format!("discret-citizen-{}", std::process::id()));
    let app = App::new(
        AppConfig {
            data_dir: data_dir.clone(),
            platform_url: o.platform,
            desk_key: o.desk_key,
            preferred_languages: vec![o.language.clone()],
            resume: false,
        },
        tokio::runtime::Handle::current(),
    )
    .map_err(|e| e.to_string())?;
    let status = app.check_platform().await.map_err(|e| e.to_string())?;
    println!(
        "platform reachable, desk key pinned ({} ms)",
        status.latency_ms
    );
    let request = ChatRequest {
        category: o.category,
        language: o.language,
        location: o
            .location
            .map(|(lat, lon, acc)| fix(lat, lon, acc, LocationSource::Manual)),
        acting_for_victim: o.acting_for_victim,
        silent: true,
        minor: o.minor,
        agent_alert: o.agent_alert,
    };
    let chat = app.start_chat(request).await.map_err(|e| e.to_string())?;
    let screen = Arc::new(Screen::default());
    let _subscription = chat.subscribe(screen.clone());
    println!("chat open: type a message, or /loc, /answer N, /close, /exit");
    let input: Box<dyn tokio::io::AsyncRead + Unpin> = match &o.script {
        Some(path) => Box::new(
            tokio::fs::File::open(path)
                .await
                .map_err(|e| format!("{path}: {e}"))?,
        ),
        None => Box::new(tokio::io::stdin()),
    };
    let mut lines = BufReader::new(input).lines();
    let mut cursor = 0;
    let mut open = true;
    while open {
        let Some(line) = lines.next_line().await.map_err(|e| e.to_string())? else {
            break;
        };
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if o.script.is_some() && !line.starts_with("/wait") {
            println!("> {line}");
        }
        match run_command(line, &chat, &app, &screen, &mut cursor).await {
            Ok(keep_going) => open = keep_going,
            Err(e) if o.script.is_some() => return Err(e),
            Err(e) => println!("  ! {e}"),
        }
    }
    if open {
        chat.close().await.map_err(|e| e.to_string())?;
    }
    let _ = std::fs::remove_dir_all(&data_dir);
    Ok(())
}
