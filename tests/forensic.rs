//! The forensic test: does the phone keep anything after a chat?
//!
//! A child process (this test binary, re-executed with `DISCRET_FORENSIC_CHILD`)
//! runs a real chat against a platform started here, in the parent, through
//! the core's public API only: the citizen sends marker texts in French,
//! Arabic and Chinese and a known location, the operator answers with a
//! marker text, and the app keeps the conversation in its vault (resume
//! mode, so there is a vault file on disk). The markers exist in the child
//! only at run time (decoded from XOR-ed bytes just before each call, then
//! zeroized), so only the app can leak them. Then:
//! - (a) after a normal close of the chat: the data directory, the child's
//!   temporary directory, new entries of the system temporary directory and
//!   the captured logs (a tracing subscriber at TRACE level writing to a
//!   file) hold none of the markers — in UTF-8, UTF-16 LE/BE, base64 (three
//!   alignments) or hex — nor the vault key (raw, hex, base64);
//! - (b) after quick exit: the same, and no vault file is left;
//! - (c) after quick exit: a core dump of the child (`gcore`, from gdb)
//!   holds none of the markers or the key.
//!
//! The same quick-exit run in the default memory-only mode must also never
//! write a file to the data directory.
//!
//! Negative control: with `DISCRET_FORENSIC_NO_WIPE=1` (honoured only when
//! discret-core is built with its `forensic-test` feature, as here) quick
//! exit does nothing, and the same scan of the core dump must find the
//! markers and the key; the scanner itself is shown to find every encoding.
//! Both children install the core's zero-on-free allocator, as the shipped
//! library does.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, Write as _};
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aho_corasick::AhoCorasick;
use base64::Engine as _;
use common::*;
use discret_core::{ChatEvent, ChatRequest, LocationFix, LocationSource, StoredMessage};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use zeroize::{Zeroize, Zeroizing};

#[global_allocator]
static ALLOC: discret_core::wipe_alloc::WipeOnFree = discret_core::wipe_alloc::WipeOnFree;

const CHILD_ENV: &str = "DISCRET_FORENSIC_CHILD";
const XOR: u8 = 0x5A;

// The markers, XOR-ed so that the test binary's own bytes never contain them.
/// "Marqueur: je suis enfermée dans la salle de bain, rue des Œillets"
const FR: &[u8] = &[
    23, 59, 40, 43, 47, 63, 47, 40, 96, 122, 48, 63, 122, 41, 47, 51, 41, 122, 63, 52, 60, 63, 40,
    55, 153, 243, 63, 122, 62, 59, 52, 41, 122, 54, 59, 122, 41, 59, 54, 54, 63, 122, 62, 63, 122,
    56, 59, 51, 52, 118, 122, 40, 47, 63, 122, 62, 63, 41, 122, 159, 200, 51, 54, 54, 63, 46, 41,
];
/// "علامة: أنا محتجزة في المطبخ ولا أستطيع الكلام"
const AR: &[u8] = &[
    130, 227, 131, 222, 130, 253, 131, 223, 130, 243, 96, 122, 130, 249, 131, 220, 130, 253, 122,
    131, 223, 130, 247, 130, 240, 130, 246, 130, 232, 130, 243, 122, 131, 219, 131, 208, 122, 130,
    253, 131, 222, 131, 223, 130, 237, 130, 242, 130, 244, 122, 131, 210, 131, 222, 130, 253, 122,
    130, 249, 130, 233, 130, 240, 130, 237, 131, 208, 130, 227, 122, 130, 253, 131, 222, 131, 217,
    131, 222, 130, 253, 131, 223,
];
/// "标记：我被锁在浴室里了，请快来"
const ZH: &[u8] = &[
    188, 250, 221, 178, 244, 234, 181, 230, 192, 188, 210, 203, 178, 248, 241, 179, 206, 219, 191,
    198, 242, 188, 239, 238, 191, 244, 254, 179, 221, 214, 190, 224, 220, 181, 230, 214, 178, 245,
    237, 191, 229, 241, 188, 199, 255,
];
/// The operator's answer: "Marqueur opératrice: restez cachée, la patrouille arrive"
const OPERATOR: &[u8] = &[
    23, 59, 40, 43, 47, 63, 47, 40, 122, 53, 42, 153, 243, 40, 59, 46, 40, 51, 57, 63, 96, 122, 40,
    63, 41, 46, 63, 32, 122, 57, 59, 57, 50, 153, 243, 63, 118, 122, 54, 59, 122, 42, 59, 46, 40,
    53, 47, 51, 54, 54, 63, 122, 59, 40, 40, 51, 44, 63,
];
/// The location as it would appear in text: "43.2964821", "5.3697803".
const LAT: &[u8] = &[110, 105, 116, 104, 99, 108, 110, 98, 104, 107];
const LON: &[u8] = &[111, 116, 105, 108, 99, 109, 98, 106, 105];

/// Decodes a marker into a buffer wiped on drop.
fn decode(xored: &[u8]) -> Zeroizing<String> {
    let bytes: Vec<u8> = xored.iter().map(|b| b ^ XOR).collect();
    Zeroizing::new(String::from_utf8(bytes).expect("marker is UTF-8"))
}

fn decode_f64(xored: &[u8]) -> f64 {
    decode(xored).parse().expect("marker is a number")
}

// ---------------------------------------------------------------- scanning

/// One needle: what it stands for and its bytes.
struct Needle {
    what: String,
    bytes: Vec<u8>,
}

/// Shorter encoded fragments could match by chance in a large dump.
const MIN_NEEDLE: usize = 8;

fn encodings(name: &str, plain: &[u8], text: bool) -> Vec<Needle> {
    let mut out = vec![Needle {
        what: format!("{name} raw/UTF-8"),
        bytes: plain.to_vec(),
    }];
    if text {
        let s = String::from_utf8_lossy(plain);
        let le: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let be: Vec<u8> = s.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        out.push(Needle {
            what: format!("{name} UTF-16LE"),
            bytes: le,
        });
        out.push(Needle {
            what: format!("{name} UTF-16BE"),
            bytes: be,
        });
    }
    let hex: String = plain.iter().map(|b| format!("{b:02x}")).collect();
    out.push(Needle {
        what: format!("{name} hex"),
        bytes: hex.clone().into_bytes(),
    });
    out.push(Needle {
        what: format!("{name} HEX"),
        bytes: hex.to_uppercase().into_bytes(),
    });
    // base64 at each of the three alignments in a longer stream: encode
    // with 0–2 bytes in front and keep the characters that depend on the
    // marker alone.
    for shift in 0..3 {
        let mut padded = vec![0u8; shift];
        padded.extend_from_slice(plain);
        let encoded = base64::engine::general_purpose::STANDARD.encode(&padded);
        let start = if shift == 0 { 0 } else { 4 };
        let whole_groups = padded.len() / 3 * 4;
        if whole_groups > start {
            out.push(Needle {
                what: format!("{name} base64 (shift {shift})"),
                bytes: encoded.as_bytes()[start..whole_groups].to_vec(),
            });
        }
    }
    out.retain(|n| n.bytes.len() >= MIN_NEEDLE);
    out
}

fn marker_needles() -> Vec<Needle> {
    let mut needles = Vec::new();
    for (name, xored) in [
        ("French marker", FR),
        ("Arabic marker", AR),
        ("Chinese marker", ZH),
        ("operator marker", OPERATOR),
        ("latitude", LAT),
        ("longitude", LON),
    ] {
        let marker = decode(xored);
        needles.extend(encodings(name, marker.as_bytes(), true));
        // A freed block keeps its content but the allocator writes its own
        // links (up to 32 bytes) over the start: look for the tail alone too.
        if let Some(start) = (TAIL_FROM..marker.len()).find(|&i| marker.is_char_boundary(i)) {
            let tail = &marker[start..];
            if tail.len() >= 12 {
                let le: Vec<u8> = tail.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
                needles.push(Needle {
                    what: format!("{name} tail UTF-8"),
                    bytes: tail.as_bytes().to_vec(),
                });
                needles.push(Needle {
                    what: format!("{name} tail UTF-16LE"),
                    bytes: le,
                });
            }
        }
    }
    needles
}

/// Where a marker's tail starts (bytes), past an allocator's free-list links.
const TAIL_FROM: usize = 33;

fn key_needles(key: &[u8]) -> Vec<Needle> {
    encodings("vault key", key, false)
}

struct Scanner {
    needles: Vec<Needle>,
    automaton: AhoCorasick,
}

impl Scanner {
    fn new(needles: Vec<Needle>) -> Scanner {
        let automaton = AhoCorasick::new(needles.iter().map(|n| &n.bytes)).expect("automaton");
        Scanner { needles, automaton }
    }

    /// What was found in `bytes` (needle names).
    fn scan(&self, bytes: &[u8]) -> BTreeSet<String> {
        self.automaton
            .find_overlapping_iter(bytes)
            .map(|m| self.needles[m.pattern().as_usize()].what.clone())
            .collect()
    }

    /// Every file under `paths` (recursively), as "file: needle" lines.
    fn scan_paths(&self, paths: &[PathBuf], skip: &[PathBuf]) -> Vec<String> {
        let mut found = Vec::new();
        let mut stack: Vec<PathBuf> = paths.to_vec();
        while let Some(path) = stack.pop() {
            if skip.iter().any(|s| path.starts_with(s)) {
                continue;
            }
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            if meta.is_dir() {
                if let Ok(entries) = std::fs::read_dir(&path) {
                    stack.extend(entries.flatten().map(|e| e.path()));
                }
            } else if meta.is_file() && meta.len() < 256 * 1024 * 1024 {
                if let Ok(bytes) = std::fs::read(&path) {
                    for what in self.scan(&bytes) {
                        found.push(format!("{}: {what}", path.display()));
                    }
                }
            }
        }
        found
    }
}

/// Entries of the system temporary directory changed since `since`, but
/// the forensic runs' own directories (each holds a police side, which
/// keeps the case record by design; the phone's directories are scanned
/// explicitly).
fn new_temp_entries(since: SystemTime) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| {
            !e.file_name()
                .to_string_lossy()
                .starts_with("discret-e2e-forensic-")
        })
        .map(|e| e.path())
        .filter(|p| {
            std::fs::symlink_metadata(p)
                .and_then(|m| m.modified())
                .is_ok_and(|t| t >= since)
        })
        .collect()
}

// ------------------------------------------------------------ child side

/// What the parent tells the child (one JSON object in `DISCRET_FORENSIC_CHILD`).
struct ChildSpec {
    url: String,
    desk_key: String,
    data_dir: PathBuf,
    log_file: PathBuf,
    key_file: PathBuf,
    /// "close" (normal close) or "quick-exit".
    ending: String,
    /// Resume mode (a vault file) or the default memory-only mode.
    resume: bool,
}

impl ChildSpec {
    fn to_env(&self) -> String {
        serde_json::json!({
            "url": self.url, "desk_key": self.desk_key,
            "data_dir": self.data_dir, "log_file": self.log_file,
            "key_file": self.key_file, "ending": self.ending, "resume": self.resume,
        })
        .to_string()
    }

    fn from_env(text: &str) -> ChildSpec {
        let v: serde_json::Value = serde_json::from_str(text).expect("child spec");
        let s = |k: &str| v[k].as_str().expect("spec field").to_string();
        ChildSpec {
            url: s("url"),
            desk_key: s("desk_key"),
            data_dir: s("data_dir").into(),
            log_file: s("log_file").into(),
            key_file: s("key_file").into(),
            ending: s("ending"),
            resume: v["resume"].as_bool().expect("spec field"),
        }
    }
}

/// A line to the parent; libtest may have printed "test name ... " on the
/// same line, so the word is framed.
fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "\n@@{line}@@");
    let _ = out.flush();
}

fn hear() -> String {
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    line.trim().to_string()
}

fn run_child(spec: ChildSpec) {
    let log = std::fs::File::create(&spec.log_file).expect("log file");
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(std::sync::Mutex::new(log))
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let key_store = Arc::new(DeviceKeys::default());
    let app = runtime.block_on(async {
        app_in(
            &spec.data_dir,
            &spec.url,
            &spec.desk_key,
            spec.resume,
            spec.resume.then(|| key_store.clone()),
        )
    });
    let (chat, subscription, events) = runtime.block_on(async {
        let chat = app
            .start_chat(ChatRequest {
                category: "domestic_violence".into(),
                language: "fr".into(),
                location: Some(LocationFix {
                    lat: decode_f64(LAT),
                    lon: decode_f64(LON),
                    accuracy_m: 12.0,
                    source: LocationSource::Gps,
                    time_ms: 1_763_800_000_000,
                }),
                acting_for_victim: false,
                silent: true,
                minor: false,
                agent_alert: false,
            })
            .await
            .expect("chat starts");
        let (listener, mut events) = collector();
        let subscription = chat.subscribe(listener);
        wait_for(&mut events, "queued", |e| {
            matches!(e, ChatEvent::Queued { .. })
        })
        .await;
        (chat, subscription, events)
    });
    say("opened");
    assert_eq!(hear(), "answered");
    let mut events = events;
    runtime.block_on(async {
        // The operator's marker arrives; the app keeps it in the vault.
        let event = wait_for(&mut events, "operator message", |e| {
            matches!(e, ChatEvent::Message { .. })
        })
        .await;
        if let ChatEvent::Message { mut text, .. } = event {
            app.store_message(&StoredMessage {
                conversation: "chat-1".into(),
                outgoing: false,
                at_ms: 1_763_800_000_000,
                text: text.clone(),
            })
            .expect("store incoming");
            text.zeroize();
        }
        for (i, xored) in [FR, AR, ZH].into_iter().enumerate() {
            let text = decode(xored);
            let id = chat.send_text(&text, None).expect("send");
            app.store_message(&StoredMessage {
                conversation: "chat-1".into(),
                outgoing: true,
                at_ms: 1_763_800_000_001 + i as i64,
                text: text.to_string(),
            })
            .expect("store outgoing");
            drop(text);
            wait_for(
                &mut events,
                "delivered",
                |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == id),
            )
            .await;
        }
        let id = chat
            .share_location(LocationFix {
                lat: decode_f64(LAT),
                lon: decode_f64(LON),
                accuracy_m: 8.0,
                source: LocationSource::Gps,
                time_ms: 1_763_800_000_500,
            })
            .expect("share location");
        wait_for(
            &mut events,
            "location delivered",
            |e| matches!(e, ChatEvent::Delivered { message_id } if *message_id == id),
        )
        .await;
        assert_eq!(
            app.stored_messages("chat-1").expect("stored").len(),
            4,
            "the vault holds the conversation"
        );
    });
    // The vault key, for the parent to look for; written straight from a
    // buffer that is wiped at once.
    if let Some(key) = app.vault().key_for_forensics() {
        std::fs::write(&spec.key_file, &*key).expect("key file");
    }
    if spec.ending == "close" {
        runtime.block_on(chat.close()).expect("close");
        drop(subscription);
        drop(chat);
    } else {
        app.quick_exit();
        drop(subscription);
        drop(chat);
    }
    drop(events);
    say("ready");
    assert_eq!(hear(), "bye");
    drop(app);
    drop(runtime);
}

/// Entry point of the child process (the parent runs it with `--ignored`);
/// not a test of its own.
#[test]
#[ignore = "the child process of the forensic tests"]
fn child_process_entry_point() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        run_child(ChildSpec::from_env(&spec));
    }
}

// ----------------------------------------------------------- parent side

struct Child {
    process: tokio::process::Child,
    lines: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
    stdin: tokio::process::ChildStdin,
}

impl Child {
    async fn expect(&mut self, wanted: &str) {
        let found = tokio::time::timeout(TIMEOUT, async {
            while let Ok(Some(line)) = self.lines.next_line().await {
                if line.contains(&format!("@@{wanted}@@")) {
                    return true;
                }
            }
            false
        })
        .await;
        assert!(
            matches!(found, Ok(true)),
            "the child never said {wanted:?} (see its stderr above)"
        );
    }

    async fn tell(&mut self, line: &str) {
        self.stdin
            .write_all(format!("{line}\n").as_bytes())
            .await
            .expect("write to child");
        self.stdin.flush().await.expect("flush");
    }
}

struct Run {
    root: PathBuf,
    police: PathBuf,
    data_dir: PathBuf,
    tmp_dir: PathBuf,
    log_file: PathBuf,
    key_file: PathBuf,
    started: SystemTime,
}

impl Run {
    fn new(name: &str) -> Run {
        let root = temp_dir(&format!("forensic-{name}"));
        let run = Run {
            police: root.join("police"),
            data_dir: root.join("phone-data"),
            tmp_dir: root.join("phone-tmp"),
            log_file: root.join("phone.log"),
            key_file: root.join("vault-key.bin"),
            root,
            started: SystemTime::now() - Duration::from_secs(1),
        };
        for dir in [&run.police, &run.data_dir, &run.tmp_dir] {
            std::fs::create_dir_all(dir).expect("dir");
        }
        run
    }

    fn spawn(&self, platform: &discret_platform::Platform, ending: &str, no_wipe: bool) -> Child {
        self.spawn_in(platform, ending, no_wipe, true)
    }

    fn spawn_in(
        &self,
        platform: &discret_platform::Platform,
        ending: &str,
        no_wipe: bool,
        resume: bool,
    ) -> Child {
        let spec = ChildSpec {
            url: platform.url(),
            desk_key: platform.desk_signing_key().to_string(),
            data_dir: self.data_dir.clone(),
            log_file: self.log_file.clone(),
            key_file: self.key_file.clone(),
            ending: ending.into(),
            resume,
        };
        let mut command = tokio::process::Command::new(std::env::current_exe().expect("exe"));
        command
            .args([
                "child_process_entry_point",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, spec.to_env())
            .env("TMPDIR", &self.tmp_dir)
            .env_remove("DISCRET_FORENSIC_NO_WIPE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        if no_wipe {
            command.env("DISCRET_FORENSIC_NO_WIPE", "1");
        }
        let mut process = command.spawn().expect("spawn child");
        let stdout = process.stdout.take().expect("stdout");
        let stdin = process.stdin.take().expect("stdin");
        Child {
            process,
            lines: BufReader::new(stdout).lines(),
            stdin,
        }
    }

    /// Everything on disk the phone side could have touched, and its logs.
    fn scan_disk_and_logs(&self, scanner: &Scanner) -> Vec<String> {
        let mut paths = vec![
            self.data_dir.clone(),
            self.tmp_dir.clone(),
            self.log_file.clone(),
        ];
        paths.extend(new_temp_entries(self.started));
        scanner.scan_paths(&paths, std::slice::from_ref(&self.police))
    }

    /// Looks for the markers and the vault key's bytes.
    fn scanner(&self) -> Scanner {
        let mut needles = marker_needles();
        needles.extend(key_needles(&self.key()));
        Scanner::new(needles)
    }

    fn key(&self) -> Vec<u8> {
        let key = std::fs::read(&self.key_file).expect("the child wrote the vault key");
        assert_eq!(key.len(), discret_core::vault::KEY_LEN);
        key
    }

    /// A core dump of the running child, scanned, then deleted.
    async fn scan_core_dump(&self, pid: u32, scanner: &Scanner) -> Vec<String> {
        let prefix = self.root.join("core");
        let output = tokio::process::Command::new("gcore")
            .arg("-o")
            .arg(&prefix)
            .arg(pid.to_string())
            .output()
            .await;
        let dump = PathBuf::from(format!("{}.{pid}", prefix.display()));
        let ok = matches!(&output, Ok(o) if o.status.success()) && dump.exists();
        assert!(
            ok,
            "gcore could not dump the child process ({}). Install gdb \
             (scripts/setup.sh does: apt-get install -y gdb) and allow ptrace of a child \
             (kernel.yama.ptrace_scope <= 1; in a container, the default seccomp profile or \
             --cap-add=SYS_PTRACE).",
            match &output {
                Ok(o) => String::from_utf8_lossy(&o.stderr).trim().to_string(),
                Err(e) => format!("cannot run gcore: {e}"),
            }
        );
        let bytes = std::fs::read(&dump).expect("read the core dump");
        assert!(
            bytes.len() > 1024 * 1024,
            "the core dump is suspiciously small"
        );
        let found = scanner
            .scan(&bytes)
            .into_iter()
            .map(|what| format!("core dump: {what}"))
            .collect();
        drop(bytes);
        let _ = std::fs::remove_file(&dump);
        found
    }
}

async fn operator_answers(platform: &discret_platform::Platform, child: &mut Child) {
    child.expect("opened").await;
    wait_desk(platform, "the case", || {
        platform.desk.queue().is_ok_and(|q| q.len() == 1)
    })
    .await;
    let case_id = platform.desk.queue().expect("queue")[0].id;
    platform
        .desk
        .take(case_id, "alice", "Opératrice 12")
        .expect("take");
    platform
        .desk
        .reply(case_id, "alice", &decode(OPERATOR))
        .expect("reply");
    child.tell("answered").await;
    child.expect("ready").await;
    // The chat really carried the markers to the police side.
    let case = platform.desk.case(case_id).expect("case");
    let texts: Vec<String> = case
        .messages
        .iter()
        .filter_map(|m| m.body["text"].as_str().map(str::to_string))
        .collect();
    assert!(
        texts.iter().any(|t| *t == *decode(ZH)),
        "the desk got the markers"
    );
}

async fn finish(mut child: Child) {
    child.tell("bye").await;
    let status = tokio::time::timeout(TIMEOUT, child.process.wait())
        .await
        .expect("child exits")
        .expect("child status");
    assert!(status.success(), "the child failed: {status}");
}

fn report(what: &str, found: &[String]) {
    assert!(
        found.is_empty(),
        "{what}: found {} trace(s):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_normal_close_nothing_readable_is_left_on_disk_or_in_logs() {
    let run = Run::new("close");
    let platform = start_platform_at(run.police.clone()).await;
    let mut child = run.spawn(&platform, "close", false);
    operator_answers(&platform, &mut child).await;
    // Resume mode: the vault file is there, sealed.
    assert!(run.data_dir.join(discret_core::vault::DB_FILE).exists());
    let scanner = run.scanner();
    report("(a) after normal close", &run.scan_disk_and_logs(&scanner));
    finish(child).await;
    let _ = std::fs::remove_dir_all(&run.root);
}

/// Quick exit after a chat (resume mode, or the default memory-only mode):
/// no file is left, and neither the disk, the logs nor a core dump of the
/// process holds a marker or the vault key.
async fn quick_exit_leaves_nothing(name: &str, resume: bool, what: &str) {
    let run = Run::new(name);
    let platform = start_platform_at(run.police.clone()).await;
    let mut child = run.spawn_in(&platform, "quick-exit", false, resume);
    operator_answers(&platform, &mut child).await;
    let scanner = run.scanner();
    let left: Vec<_> = std::fs::read_dir(&run.data_dir)
        .expect("data dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{what}: files left: {left:?}");
    report(
        &format!("{what}, disk and logs"),
        &run.scan_disk_and_logs(&scanner),
    );
    let pid = child.process.id().expect("child pid");
    report(
        &format!("{what}, core dump"),
        &run.scan_core_dump(pid, &scanner).await,
    );
    finish(child).await;
    let _ = std::fs::remove_dir_all(&run.root);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_quick_exit_nothing_is_left_on_disk_in_logs_or_in_memory() {
    quick_exit_leaves_nothing("quick-exit", true, "(b, c) after quick exit").await;
}

/// The default memory-only mode: nothing ever reaches the data directory,
/// and after quick exit nothing is left in logs or memory either.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_only_mode_leaves_no_file_and_nothing_in_memory_after_quick_exit() {
    quick_exit_leaves_nothing("memory", false, "memory-only, after quick exit").await;
}

/// The negative control: with the wipe disabled, the same scan of the core
/// dump finds the operator's marker (still in the chat's history) and the
/// vault key, and the vault file stays. (The citizen's own markers are not
/// expected: after sending, the app keeps them only sealed in the vault.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_wipe_disabled_the_scans_find_the_traces() {
    let run = Run::new("no-wipe");
    let platform = start_platform_at(run.police.clone()).await;
    let mut child = run.spawn(&platform, "quick-exit", true);
    operator_answers(&platform, &mut child).await;
    assert!(run.data_dir.join(discret_core::vault::DB_FILE).exists());
    let scanner = run.scanner();
    let pid = child.process.id().expect("child pid");
    let found = run.scan_core_dump(pid, &scanner).await;
    finish(child).await;
    let _ = std::fs::remove_dir_all(&run.root);
    for wanted in ["operator marker raw/UTF-8", "vault key raw/UTF-8"] {
        assert!(
            found.iter().any(|f| f.ends_with(wanted)),
            "the negative control did not find {wanted}; found: {found:?}"
        );
    }
}

/// The scanner finds each marker in every encoding it claims to cover, in
/// a file among others (so the disk and log scans can fail).
#[test]
fn the_scanner_finds_every_encoding() {
    let needles = marker_needles();
    let count = needles.len();
    let scanner = Scanner::new(needles);
    let dir = temp_dir("forensic-scanner");
    for (i, needle) in scanner.needles.iter().enumerate() {
        let mut bytes = vec![0x20u8; 37 + i];
        bytes.extend_from_slice(&needle.bytes);
        bytes.extend_from_slice(&[0x20u8; 11]);
        std::fs::write(dir.join(format!("f{i}")), bytes).expect("write");
    }
    // base64 of a marker inside a longer base64 text, at every alignment.
    for shift in 0..3 {
        let mut plain = vec![b'x'; 5 + shift];
        plain.extend_from_slice(decode(AR).as_bytes());
        plain.extend_from_slice(b"yyyy");
        let encoded = base64::engine::general_purpose::STANDARD.encode(&plain);
        let found = scanner.scan(encoded.as_bytes());
        assert!(
            found.iter().any(|f| f.starts_with("Arabic marker base64")),
            "shift {shift}: {found:?}"
        );
    }
    let found = scanner.scan_paths(std::slice::from_ref(&dir), &[]);
    let distinct: BTreeSet<String> = found
        .iter()
        .map(|f| f.split(": ").nth(1).unwrap_or_default().to_string())
        .collect();
    assert_eq!(distinct.len(), count, "{found:#?}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Quick exit during sends and during a chat's start: no panic, typed
/// errors, nothing left registered, and the app starts a new chat after.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_during_sends_and_during_a_start_is_safe() {
    let platform = start_platform("forensic-race").await;
    let app =
        Arc::new(app_for(&platform.url(), platform.desk_signing_key()).with_rate_limit(UNLIMITED));
    let request = || silent_request("domestic_violence", "fr");
    let chat = app.start_chat(request()).await.expect("chat starts");
    let sender = {
        let chat = chat.clone();
        tokio::spawn(async move {
            let mut sent = 0u32;
            loop {
                match chat.send_text("encore un message", None) {
                    Ok(_) => sent += 1,
                    Err(discret_core::Error::ChatClosed) => return sent,
                    Err(e) => panic!("unexpected error during a send: {e}"),
                }
                tokio::task::yield_now().await;
            }
        })
    };
    // Let the sender get going, then exit under it.
    let mut events = {
        let (listener, events) = collector();
        let sub = chat.subscribe(listener);
        (sub, events)
    };
    wait_for(&mut events.1, "a first send", |e| {
        matches!(e, ChatEvent::Sent { .. })
    })
    .await;
    app.quick_exit();
    let sent = tokio::time::timeout(TIMEOUT, sender)
        .await
        .expect("the sender stops")
        .expect("no panic");
    assert!(sent > 0);
    assert_eq!(chat.state(), discret_core::ChatState::Closed);

    // Quick exit while a chat is starting.
    let starting = {
        let app = app.clone();
        tokio::spawn(async move { app.start_chat(request()).await })
    };
    app.quick_exit();
    app.quick_exit();
    // Started before the exits: abandoned by them; straddling them: refused;
    // started after them (the task ran late): a live chat that the next
    // quick exit ends.
    let late = match starting.await.expect("no panic") {
        Err(discret_core::Error::ChatClosed) => None,
        Ok(chat) if chat.state() == discret_core::ChatState::Closed => None,
        Ok(chat) => Some(chat),
        Err(e) => panic!("unexpected error: {e}"),
    };
    // Fresh and usable.
    let again = app
        .start_chat(request())
        .await
        .expect("a new chat after quick exit");
    assert_eq!(again.state(), discret_core::ChatState::Waiting);
    app.quick_exit();
    assert_eq!(again.state(), discret_core::ChatState::Closed);
    if let Some(chat) = late {
        assert_eq!(chat.state(), discret_core::ChatState::Closed);
    }
}
