//! Load on loopback, each figure against a baseline measured in the same run:
//! 1. the relay at N concurrent chats (default 1,000) in closed loop —
//!    on each chat's WebSocket the phone sends a message, the relay stores
//!    it and hands it to an echoing desk stand-in, the relay pushes it back,
//!    the phone acks (on its next message, as the core does) — against a
//!    bare tokio WebSocket echo with as many clients (targets: ≥ 0.5×
//!    throughput, p99 < 25 ms), and against the relay's frames alone (an
//!    echo that answers "accepted" then the echo: no store, no desk), and
//!    against the floor under it: the store's own writes alone on one thread;
//! 2. whole chats through the real desk (Olm both ways, case record) with
//!    the phone core's outbox and receiver, N chats;
//! 3. the platform's resident memory with 10,000 idle chats, each holding
//!    its WebSocket open, in a child process (target < 300 MB), against the same
//!    process with no chat.
//!
//! The latency target is read at a paced (open) load as well: in a closed
//! loop every chat always has a message in flight, so latency is the queue
//! (chats / throughput) whatever the relay does.
//!
//! Environment: DISCRET_BENCH_CHATS (1,000), DISCRET_BENCH_MESSAGES (20 per
//! chat), DISCRET_BENCH_IDLE (10,000), DISCRET_BENCH_PACE_MS (500: each chat
//! sends every 500 ms in the paced run), DISCRET_BENCH_PHASES (all of
//! "closed,paced,desk,idle"; "relay" runs the relay's closed loop alone,
//! for profiling).

#[path = "measure.rs"]
mod measure;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::serve::ListenerExt;
use discret_core::crypto::{ChatCipher, DeskKey};
use discret_core::net::PlatformClient;
use discret_core::{App, AppConfig, ChatEvent, ChatListener, ChatRequest};
use discret_platform::db::Db;
use discret_platform::relay::Relay;
use discret_platform::{Platform, PlatformConfig};
use discret_protocol::limits::RateLimit;
use discret_protocol::payload::{ChatOpening, CitizenPayload};
use discret_protocol::relay::{Ciphertext, ClientFrame, Health, ServerFrame, UpEnvelope};
use discret_protocol::{decode, encode, PROTOCOL_VERSION};
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::sync::{mpsc, Semaphore};
use tokio_tungstenite::tungstenite::Message;

const UNLIMITED: RateLimit = RateLimit {
    max_messages: 1_000_000,
    window: Duration::from_secs(1),
};

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let mut bytes = [0u8; 8];
    rand::fill(&mut bytes);
    let suffix: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("discret-bench-{name}-{suffix}"));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn hex_id(n: u64) -> String {
    format!("{n:032x}")
}

/// Throughput and latency of one closed-loop run.
struct Run {
    messages: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Run {
    fn from(mut latencies: Vec<Duration>, elapsed: Duration) -> Run {
        latencies.sort();
        Run {
            messages: latencies.len(),
            elapsed,
            latencies,
        }
    }

    fn throughput(&self) -> f64 {
        self.messages as f64 / self.elapsed.as_secs_f64()
    }

    fn p(&self, q: f64) -> f64 {
        measure::millis(measure::percentile(&self.latencies, q))
    }

    fn print(&self, name: &str) {
        println!(
            "  {name:<44} {:>8.0} msg/s   p50 {:>6.2} ms   p99 {:>6.2} ms   ({} messages)",
            self.throughput(),
            self.p(0.5),
            self.p(0.99),
            self.messages
        );
    }
}

async fn collect(mut rx: mpsc::UnboundedReceiver<Vec<Duration>>, started: Instant) -> Run {
    let mut all = Vec::new();
    while let Some(mut part) = rx.recv().await {
        all.append(&mut part);
    }
    Run::from(all, started.elapsed())
}

/// With a pace, chat `c` of `chats` sends its `i`-th message at
/// `start + pace × (i + c / chats)`: an open load of `chats / pace`
/// messages a second, spread evenly, whose latency is not the queue a
/// closed loop builds by construction.
async fn wait_turn(
    pace: Option<Duration>,
    start: tokio::time::Instant,
    c: usize,
    chats: usize,
    i: usize,
) {
    if let Some(pace) = pace {
        let phase = pace.mul_f64(c as f64 / chats as f64);
        tokio::time::sleep_until(start + phase + pace * i as u32).await;
    }
}

/// The buffers the platform and the phone use (tungstenite zero-fills its
/// read buffer on each read: 128 KiB by default).
fn small_buffers() -> tokio_tungstenite::tungstenite::protocol::WebSocketConfig {
    tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(4 * 1024)
}

/// Baseline: a bare tokio-tungstenite echo server and `chats` clients.
async fn websocket_echo(chats: usize, per_chat: usize, pace: Option<Duration>) -> Run {
    echo_server(chats, per_chat, pace, false).await
}

/// Baseline 2: the relay's frame pattern with nothing behind it: each
/// message is answered by a short "accepted" frame, then the echo (one
/// frame up, two down, as the relay does with the acknowledgement carried
/// by the next message).
async fn websocket_echo_relay_frames(chats: usize, per_chat: usize) -> Run {
    echo_server(chats, per_chat, None, true).await
}

async fn echo_server(
    chats: usize,
    per_chat: usize,
    pace: Option<Duration>,
    with_accepted: bool,
) -> Run {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let Ok(mut ws) =
                    tokio_tungstenite::accept_async_with_config(stream, Some(small_buffers()))
                        .await
                else {
                    return;
                };
                let accepted = r#"{"type":"accepted","v":1,"client_id":"0123456789abcdef0123456789abcdef","seq":1,"duplicate":false}"#;
                while let Some(Ok(message)) = ws.next().await {
                    if message.is_close()
                        || (with_accepted && ws.send(Message::text(accepted)).await.is_err())
                        || ws.send(message).await.is_err()
                    {
                        return;
                    }
                }
            });
        }
    });
    let payload = "x".repeat(300);
    let mut sockets = Vec::new();
    for _ in 0..chats {
        let (ws, _) = tokio_tungstenite::connect_async_with_config(
            format!("ws://{addr}/"),
            Some(small_buffers()),
            true,
        )
        .await
        .expect("connect");
        sockets.push(ws);
    }
    let (tx, rx) = mpsc::unbounded_channel();
    let started = Instant::now();
    let start = tokio::time::Instant::now();
    for (c, mut ws) in sockets.into_iter().enumerate() {
        let tx = tx.clone();
        let payload = payload.clone();
        tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_chat);
            for i in 0..per_chat {
                wait_turn(pace, start, c, chats, i).await;
                let t = Instant::now();
                ws.send(payload.clone().into()).await.expect("send");
                if with_accepted {
                    ws.next().await.expect("accepted").expect("accepted");
                }
                ws.next().await.expect("echo").expect("echo");
                latencies.push(t.elapsed());
            }
            let _ = tx.send(latencies);
        });
    }
    drop(tx);
    collect(rx, started).await
}

/// The relay's real HTTP API and store, with a stand-in desk that echoes
/// each upward ciphertext downward.
async fn relay_echo(chats: usize, per_chat: usize, pace: Option<Duration>) -> Run {
    let data_dir = temp_dir("relay");
    let db = Db::open_relay(&data_dir).expect("db");
    let health = Health {
        v: PROTOCOL_VERSION,
        service: "discret-relay".into(),
        desk_signing_key: String::new(),
        desk_identity_key: String::new(),
    };
    let relay = Relay::new(db, health, UNLIMITED).expect("relay");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let app = relay.routes();
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    let echo = relay.clone();
    tokio::spawn(async move {
        loop {
            let arrived = echo.up_arrived.notified();
            tokio::pin!(arrived);
            arrived.as_mut().enable();
            let desk = echo.clone();
            tokio::task::spawn_blocking(move || loop {
                let pending = desk.pending_up().expect("pending");
                if pending.is_empty() {
                    return;
                }
                // As the desk does: one write for the replies of a batch,
                // one for taking it.
                let mut pending = pending;
                let replies = pending
                    .iter_mut()
                    .map(|up| {
                        (
                            up.chat_hash.clone(),
                            std::mem::replace(
                                &mut up.ciphertext,
                                Ciphertext {
                                    kind: 1,
                                    body: String::new(),
                                },
                            ),
                        )
                    })
                    .collect();
                for stored in desk.push_down_batch(replies).expect("down") {
                    stored.expect("stored");
                }
                desk.taken_up_batch(pending.iter().map(|up| up.taken()).collect())
                    .expect("taken");
            })
            .await
            .expect("echo");
            arrived.await;
        }
    });
    let client =
        PlatformClient::new(format!("http://{addr}").parse().expect("url")).expect("client");
    let body = "A".repeat(400);
    let (tx, rx) = mpsc::unbounded_channel();
    let mut links = Vec::new();
    for c in 0..chats {
        // As the phone does: the opening over HTTP, then the chat's WebSocket.
        let token = format!("{:064x}", c + 1);
        let opening = UpEnvelope {
            v: PROTOCOL_VERSION,
            client_id: hex_id(0),
            ciphertext: Ciphertext {
                kind: 0,
                body: body.clone(),
            },
        };
        client.send_up(&token, &opening).await.expect("open");
        let mut socket = client.open_socket(&token, 0).await.expect("socket");
        // The echoed opening arrives first; acknowledge it.
        let last = next_down(&mut socket).await;
        send_ack(&mut socket, last).await;
        links.push((socket, last));
    }
    let started = Instant::now();
    let start = tokio::time::Instant::now();
    for (c, (mut socket, mut last)) in links.into_iter().enumerate() {
        let (tx, body) = (tx.clone(), body.clone());
        tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(per_chat);
            // As the phone does: the acknowledgement rides on the next
            // upward message; the last one goes alone.
            let mut owed_ack = None;
            for i in 0..per_chat {
                wait_turn(pace, start, c, chats, i).await;
                let t = Instant::now();
                let up = ClientFrame::Up {
                    v: PROTOCOL_VERSION,
                    client_id: hex_id(i as u64 + 1),
                    ciphertext: Ciphertext {
                        kind: 1,
                        body: body.clone(),
                    },
                    ack: owed_ack.take(),
                };
                send_frame(&mut socket, &up).await;
                last = next_down(&mut socket).await.max(last);
                latencies.push(t.elapsed());
                if pace.is_some() {
                    // The next message is further off than the core waits
                    // (200 ms): the acknowledgement goes alone.
                    send_ack(&mut socket, last).await;
                } else {
                    owed_ack = Some(last);
                }
            }
            send_ack(&mut socket, last).await;
            let _ = tx.send(latencies);
        });
    }
    drop(tx);
    collect(rx, started).await
}

/// The floor under the relay: its store's own functions
/// (`discret_platform::relay::{store_up, store_down, delete_down_of}`) for
/// `messages` messages of `chats` chats, one thread, batches of 35 in a
/// transaction as the group commit makes them, and no network, channel,
/// savepoint or desk hand-off. Each message: stored upward once per client
/// id, its reply stored downward, the acknowledged reply deleted; the
/// desk's take deletes each batch. Returns messages a second.
fn store_floor(chats: usize, messages: usize) -> f64 {
    use discret_platform::relay::{delete_down_of, store_down, store_up};
    let data_dir = temp_dir("floor");
    let db = Db::open_relay(&data_dir).expect("db");
    let conn = db.lock();
    let hashes: Vec<String> = (0..chats).map(|c| format!("{c:064x}")).collect();
    let opening = Ciphertext {
        kind: 0,
        body: "A".repeat(400),
    };
    for (c, hash) in hashes.iter().enumerate() {
        store_up(&conn, hash, None, &hex_id(u64::MAX - c as u64), &opening).expect("open");
    }
    conn.execute("DELETE FROM relay_up", []).expect("take");
    let ids: Vec<i64> = (0..chats as i64).map(|c| c + 1).collect();
    let body = Ciphertext {
        kind: 1,
        body: "A".repeat(400),
    };
    let started = Instant::now();
    let mut n = 0;
    while n < messages {
        conn.execute_batch("BEGIN IMMEDIATE").expect("begin");
        // Any 35 chats of the thousand, as in the closed loop (not 35
        // neighbours, which would share pages).
        let batch: Vec<usize> = (n..(n + 35).min(messages))
            .map(|i| i * 7919 % chats)
            .collect();
        for (k, &c) in batch.iter().enumerate() {
            let accepted = store_up(
                &conn,
                &hashes[c],
                Some(ids[c]),
                &hex_id((n + k) as u64),
                &body,
            )
            .expect("up");
            assert!(!accepted.duplicate);
        }
        for &c in &batch {
            let stored = store_down(&conn, &hashes[c], body.clone()).expect("down");
            delete_down_of(&conn, ids[c], stored.seq - 1).expect("ack");
        }
        conn.execute("DELETE FROM relay_up", []).expect("take");
        conn.execute_batch("COMMIT").expect("commit");
        n += batch.len();
    }
    let rate = n as f64 / started.elapsed().as_secs_f64();
    drop(conn);
    let _ = std::fs::remove_dir_all(&data_dir);
    rate
}

async fn send_frame(socket: &mut discret_core::net::Socket, frame: &ClientFrame) {
    let text = String::from_utf8(encode(frame)).expect("utf-8");
    socket
        .send(Message::Text(text.into()))
        .await
        .expect("send frame");
}

async fn send_ack(socket: &mut discret_core::net::Socket, up_to: u64) {
    let ack = ClientFrame::Ack {
        v: PROTOCOL_VERSION,
        up_to,
    };
    send_frame(socket, &ack).await;
}

/// Waits for the next pushed `Down` frame (skipping `Accepted`); returns
/// its last sequence number.
async fn next_down(socket: &mut discret_core::net::Socket) -> u64 {
    loop {
        let Some(Ok(Message::Text(text))) = socket.next().await else {
            panic!("the link broke");
        };
        match decode::<ServerFrame>(text.as_bytes(), 1 << 20).expect("frame") {
            ServerFrame::Down { messages, .. } => return messages.last().map_or(0, |m| m.seq),
            ServerFrame::Accepted { .. } => {}
            ServerFrame::Refused { message, .. } => panic!("refused: {message}"),
        }
    }
}

struct Deliveries(mpsc::UnboundedSender<ChatEvent>);

impl ChatListener for Deliveries {
    fn on_event(&self, event: ChatEvent) {
        let _ = self.0.send(event);
    }
}

/// Whole chats: the phone core (outbox, Olm, long poll) and the real desk.
async fn desk_delivery(chats: usize, per_chat: usize) -> Run {
    let mut config = PlatformConfig::new(temp_dir("desk"), "127.0.0.1:0".parse().expect("addr"));
    config.rate_limit = UNLIMITED;
    let platform = Platform::start(config).await.expect("platform");
    let app = Arc::new(
        App::new(
            AppConfig {
                data_dir: temp_dir("phone"),
                platform_url: platform.url(),
                desk_key: platform.desk_signing_key().to_string(),
                preferred_languages: vec!["fr".into()],
                resume: false,
            },
            tokio::runtime::Handle::current(),
        )
        .expect("app")
        .with_rate_limit(UNLIMITED),
    );
    let mut opened = Vec::new();
    let gate = Arc::new(Semaphore::new(100));
    let mut starts = Vec::new();
    for _ in 0..chats {
        let (app, gate) = (app.clone(), gate.clone());
        starts.push(tokio::spawn(async move {
            let _permit = gate.acquire_owned().await.expect("gate");
            let chat = app
                .start_chat(ChatRequest {
                    category: "other".into(),
                    language: "fr".into(),
                    location: None,
                    acting_for_victim: false,
                    silent: true,
                    minor: false,
                    agent_alert: false,
                })
                .await
                .expect("chat");
            let (tx, mut rx) = mpsc::unbounded_channel();
            let subscription = chat.subscribe(Arc::new(Deliveries(tx)));
            while let Some(event) = rx.recv().await {
                if matches!(event, ChatEvent::AutoAcknowledged { .. }) {
                    break;
                }
            }
            (chat, subscription, rx)
        }));
    }
    for start in starts {
        opened.push(start.await.expect("opened"));
    }
    let (tx, rx) = mpsc::unbounded_channel();
    let started = Instant::now();
    for (chat, subscription, mut events) in opened {
        let tx = tx.clone();
        tokio::spawn(async move {
            let _subscription = subscription;
            let mut latencies = Vec::with_capacity(per_chat);
            for i in 0..per_chat {
                let t = Instant::now();
                let id = chat.send_text(&format!("message {i}"), None).expect("send");
                while let Some(event) = events.recv().await {
                    if matches!(&event, ChatEvent::Delivered { message_id } if *message_id == id) {
                        break;
                    }
                }
                latencies.push(t.elapsed());
            }
            let _ = tx.send(latencies);
        });
    }
    drop(tx);
    let run = collect(rx, started).await;
    platform.stop().await;
    run
}

/// Child process: a platform alone, so its memory can be read.
async fn serve_platform(data_dir: &str) {
    let mut config = PlatformConfig::new(data_dir.into(), "127.0.0.1:0".parse().expect("addr"));
    config.rate_limit = UNLIMITED;
    let platform = Platform::start(config).await.expect("platform");
    println!("{} {}", platform.addr, platform.desk_signing_key());
    let mut stdin = BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(_)) = stdin.next_line().await {}
    platform.stop().await;
}

/// Resident memory of a lone platform with `idle` chats open, each with a
/// long poll pending.
async fn idle_memory(idle: usize) -> (u64, u64, u64) {
    let data_dir = temp_dir("idle");
    let mut child = tokio::process::Command::new(std::env::current_exe().expect("self"))
        .arg("--serve-platform")
        .arg(&data_dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("child platform");
    let pid = child.id().expect("pid");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let first = lines
        .next_line()
        .await
        .expect("read")
        .expect("address line");
    let (addr, key) = first.split_once(' ').expect("addr and key");
    let addr: SocketAddr = addr.parse().expect("addr");
    let empty = measure::rss_kb(pid).unwrap_or(0);
    let client =
        PlatformClient::new(format!("http://{addr}").parse().expect("url")).expect("client");
    let desk_key = DeskKey::from_base64(key).expect("key");
    let opening = encode(&CitizenPayload::Open {
        v: PROTOCOL_VERSION,
        opening: ChatOpening {
            category: "other".into(),
            language: "fr".into(),
            silent: true,
            acting_for_victim: false,
            minor: false,
            agent_alert: false,
            location: None,
        },
    });
    let gate = Arc::new(Semaphore::new(200));
    let mut opens = Vec::new();
    for c in 0..idle {
        let (client, desk_key, opening, gate) = (
            client.clone(),
            desk_key.clone(),
            opening.clone(),
            gate.clone(),
        );
        opens.push(tokio::spawn(async move {
            let _permit = gate.acquire_owned().await.expect("gate");
            let token = format!("{:064x}", c + 1);
            let mut cipher =
                ChatCipher::open(&desk_key, &client.claim_key().await.expect("key")).expect("olm");
            let envelope = UpEnvelope {
                v: PROTOCOL_VERSION,
                client_id: hex_id(1),
                ciphertext: cipher.encrypt(&opening).expect("encrypt"),
            };
            client.send_up(&token, &envelope).await.expect("open");
            // Opened once the desk's queue position and acknowledgement arrive.
            let mut last = 0;
            let mut received = 0;
            while received < 2 {
                let batch = client
                    .poll_down(&token, last, Duration::from_secs(30))
                    .await
                    .expect("poll");
                received += batch.messages.len();
                last = batch.messages.last().map_or(last, |m| m.seq);
            }
            client.ack(&token, last).await.expect("ack");
            (token, last)
        }));
    }
    let mut chats = Vec::new();
    for open in opens {
        chats.push(open.await.expect("opened"));
    }
    let opened = measure::rss_kb(pid).unwrap_or(0);
    // Every idle phone now holds its chat's WebSocket, as a connected app does.
    let mut links = Vec::new();
    for (token, last) in chats {
        links.push(client.open_socket(&token, last).await.expect("socket"));
    }
    let mut peak = opened;
    for _ in 0..8 {
        // The sampling period of the memory reading.
        tokio::time::sleep(Duration::from_millis(250)).await;
        peak = peak.max(measure::rss_kb(pid).unwrap_or(0));
    }
    drop(links);
    drop(child.stdin.take());
    let _ = child.wait().await;
    let _ = std::fs::remove_dir_all(&data_dir);
    (empty, opened, peak)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    if args.get(1).map(String::as_str) == Some("--serve-platform") {
        runtime.block_on(serve_platform(args.get(2).expect("data dir")));
        return;
    }
    let chats = env_number("DISCRET_BENCH_CHATS", 1_000);
    let per_chat = env_number("DISCRET_BENCH_MESSAGES", 20);
    let idle = env_number("DISCRET_BENCH_IDLE", 10_000);
    let phases =
        std::env::var("DISCRET_BENCH_PHASES").unwrap_or_else(|_| "closed,paced,desk,idle".into());
    let run = |phase: &str| phases.split(',').any(|p| p.trim() == phase);
    runtime.block_on(async {
        let mut baseline = None;
        if run("closed") {
            println!("closed loop, {chats} concurrent chats × {per_chat} messages, loopback:");
            let echo = websocket_echo(chats, per_chat, None).await;
            echo.print("baseline: bare tokio WebSocket echo");
            let frames = websocket_echo_relay_frames(chats, per_chat).await;
            frames.print("baseline 2: the relay's frames, no store");
            let relay = relay_echo(chats, per_chat, None).await;
            relay.print("relay (WebSocket link, SQLite store, ack)");
            println!(
                "  relay / WebSocket echo: throughput {:.2}× (target ≥ 0.5×); closed-loop latency is queueing (Little's law: {chats} in flight / throughput)",
                relay.throughput() / echo.throughput(),
            );
            println!(
                "  the relay's frames alone / WebSocket echo: {:.2}×; relay / its frames alone: {:.2}× (the cost of the store and the desk hand-off)",
                frames.throughput() / echo.throughput(),
                relay.throughput() / frames.throughput(),
            );
            let floor = store_floor(chats, chats * per_chat);
            println!(
                "  floor: the relay's store writes alone, one thread, no network: {floor:.0} msg/s = {:.2}× the echo ({:.1} µs a message); the relay reaches {:.2}× of it",
                floor / echo.throughput(),
                1e6 / floor,
                relay.throughput() / floor,
            );
            baseline = Some(echo.throughput());
        }
        if run("relay") {
            // The relay alone, for profiling (no baseline, no ratio).
            relay_echo(chats, per_chat, None)
                .await
                .print("relay alone (WebSocket link, SQLite store, ack)");
        }
        if run("paced") {
            let pace = Duration::from_millis(env_number("DISCRET_BENCH_PACE_MS", 500) as u64);
            let paced = per_chat.min(10);
            println!(
                "paced load, {chats} chats each sending every {} ms ({:.0} msg/s offered) × {paced} messages:",
                pace.as_millis(),
                chats as f64 / pace.as_secs_f64()
            );
            let echo = websocket_echo(chats, paced, Some(pace)).await;
            echo.print("baseline: bare tokio WebSocket echo");
            let relay = relay_echo(chats, paced, Some(pace)).await;
            relay.print("relay (WebSocket link, SQLite store, ack)");
            println!(
                "  relay p50 {:.2} ms, p99 {:.2} ms (target < 25 ms); p99 {:.1}× the echo's",
                relay.p(0.5),
                relay.p(0.99),
                relay.p(0.99) / echo.p(0.99).max(0.001)
            );
        }
        if run("desk") {
            let desk = desk_delivery(chats, per_chat.min(5)).await;
            desk.print("whole chats: phone core → desk → receipt");
            if let Some(echo) = baseline {
                println!(
                    "  whole chats / WebSocket echo: throughput {:.2}×",
                    desk.throughput() / echo
                );
            }
        }
        if run("idle") {
            let (empty, opened, peak) = idle_memory(idle).await;
            println!("platform memory (child process):");
            println!("  no chat: {:.1} MB", empty as f64 / 1024.0);
            println!(
                "  {idle} idle chats open: {:.1} MB; with a WebSocket each: {:.1} MB peak (target < 300 MB; {:.1}× the empty platform)",
                opened as f64 / 1024.0,
                peak as f64 / 1024.0,
                peak as f64 / empty.max(1) as f64
            );
        }
    });
}
