//! The `discret-platform` command: `serve`, `add-operator`, `desk-key`,
//! `link-secret`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use discret_platform::desk::translate::TranslateConfig;
use discret_platform::relay_desk_link::LinkSecret;
use discret_platform::{
    console::auth, db::Db, desk::Desk, Platform, PlatformConfig, RelayLinkConfig, RelayServer, Role,
};

const USAGE: &str = "usage:
  discret-platform serve --data-dir DIR [--listen 127.0.0.1:8080] [--translate-url URL]
      [--role all|relay|desk]   (default all; relay and desk apart share DIR,
                                 start the desk first; or run on two machines:)
      [--relay-url URL]         (--role desk: the relay on another machine,
                                 https or http to this machine; start it first)
      [--link-listen ADDR]      (--role relay: serve the desk link on this
                                 address only, e.g. an internal interface)
      [--link-secret-file F]    (--role relay: serve a desk on another machine;
                                 --role desk: with --relay-url; the same file
                                 on both, made by `link-secret`)
      (translation: a LibreTranslate-compatible API at URL, else $DISCRET_TRANSLATE_URL,
       else none; its key from $DISCRET_TRANSLATE_API_KEY)
  discret-platform add-operator --data-dir DIR --username NAME [--display-name NAME]
      (password from $DISCRET_OPERATOR_PASSWORD, else a random one is printed)
  discret-platform desk-key --data-dir DIR
  discret-platform link-secret --out FILE   (a new desk link secret, owner-only)";

struct Args {
    command: String,
    data_dir: Option<PathBuf>,
    listen: SocketAddr,
    username: Option<String>,
    display_name: Option<String>,
    translate_url: Option<String>,
    role: Role,
    relay_url: Option<String>,
    link_secret_file: Option<PathBuf>,
    link_listen: Option<SocketAddr>,
    out: Option<PathBuf>,
}

fn parse(mut raw: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = raw.next().ok_or("no command given")?;
    let mut args = Args {
        command,
        data_dir: None,
        listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
        username: None,
        display_name: None,
        translate_url: None,
        role: Role::All,
        relay_url: None,
        link_secret_file: None,
        link_listen: None,
        out: None,
    };
    while let Some(flag) = raw.next() {
        let mut value = || raw.next().ok_or(format!("{flag} needs a value"));
        match flag.as_str() {
            "--data-dir" => args.data_dir = Some(PathBuf::from(value()?)),
            "--listen" => {
                let text = value()?;
                args.listen = text
                    .parse()
                    .map_err(|_| format!("--listen: `{text}` is not an address:port"))?
            }
            "--username" => args.username = Some(value()?),
            "--display-name" => args.display_name = Some(value()?),
            "--translate-url" => args.translate_url = Some(value()?),
            "--relay-url" => args.relay_url = Some(value()?),
            "--link-secret-file" => args.link_secret_file = Some(PathBuf::from(value()?)),
            "--out" => args.out = Some(PathBuf::from(value()?)),
            "--link-listen" => {
                let text = value()?;
                args.link_listen = Some(
                    text.parse()
                        .map_err(|_| format!("--link-listen: `{text}` is not an address:port"))?,
                )
            }
            "--role" => {
                args.role = match value()?.as_str() {
                    "all" => Role::All,
                    "relay" => Role::Relay,
                    "desk" => Role::Desk,
                    other => return Err(format!("--role: `{other}` is not all, relay or desk")),
                }
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(args)
}

fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    rand::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Writes a new link secret to `path` (owner-only; never over a file).
fn write_link_secret(path: &std::path::Path) -> Result<(), String> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
    let secret = LinkSecret::generate();
    file.write_all(format!("{}\n", secret.to_hex().as_str()).as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

async fn run(args: Args) -> Result<(), String> {
    if args.command == "link-secret" {
        let out = args.out.ok_or("--out is required")?;
        write_link_secret(&out)?;
        println!(
            "desk link secret written to {} (copy it to the other machine)",
            out.display()
        );
        return Ok(());
    }
    let data_dir = args.data_dir.clone().ok_or("--data-dir is required")?;
    match args.command.as_str() {
        "serve" => {
            let mut config = PlatformConfig::new(data_dir, args.listen);
            config.role = args.role;
            let secret = args
                .link_secret_file
                .as_deref()
                .map(LinkSecret::read)
                .transpose()
                .map_err(|e| e.to_string())?;
            if args.link_listen.is_some() && args.role != Role::Relay {
                return Err("--link-listen goes with --role relay".into());
            }
            match (args.role, args.relay_url, secret) {
                (Role::Desk, Some(url), Some(secret)) => {
                    config.relay_link = Some(RelayLinkConfig { url, secret })
                }
                (Role::Desk, Some(_), None) => {
                    return Err("--relay-url needs --link-secret-file".into())
                }
                (Role::Relay, None, secret) => {
                    config.desk_link_secret = secret;
                    config.desk_link_listen = args.link_listen;
                }
                (_, Some(_), _) => return Err("--relay-url goes with --role desk".into()),
                (_, None, Some(_)) => {
                    return Err(
                        "--link-secret-file goes with --role relay, or --role desk and --relay-url"
                            .into(),
                    )
                }
                (_, None, None) => {}
            }
            if args.role == Role::Relay {
                let relay = RelayServer::start(config)
                    .await
                    .map_err(|e| e.to_string())?;
                println!("discret relay listening on {}", relay.url());
                if let Some(link) = relay.link_url() {
                    println!("desk link on {link}");
                }
                match relay.desk_signing_key() {
                    key if key.is_empty() => {
                        println!("no desk yet: waiting for one to connect over its link")
                    }
                    key => println!("desk key (pin it in the app): {key}"),
                }
                tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
                relay.stop().await;
                return Ok(());
            }
            let translate_url = args.translate_url.or_else(|| {
                std::env::var("DISCRET_TRANSLATE_URL")
                    .ok()
                    .filter(|u| !u.trim().is_empty())
            });
            if let Some(url) = translate_url {
                let key = std::env::var("DISCRET_TRANSLATE_API_KEY").ok();
                config.translation =
                    Some(TranslateConfig::new(&url, key).map_err(|e| e.to_string())?);
            }
            let translation = config.translation.as_ref().map(|t| t.url.to_string());
            let platform = Platform::start(config).await.map_err(|e| e.to_string())?;
            println!("discret platform listening on {}", platform.url());
            match translation {
                Some(url) => println!("translation: LibreTranslate-compatible API at {url}"),
                None => println!("translation: none (see --translate-url)"),
            }
            println!("operator console: {}/console", platform.url());
            println!(
                "desk key (pin it in the app): {}",
                platform.desk_signing_key()
            );
            tokio::signal::ctrl_c().await.map_err(|e| e.to_string())?;
            platform.stop().await;
            Ok(())
        }
        "add-operator" => {
            let username = args.username.ok_or("--username is required")?;
            let display_name = args.display_name.unwrap_or_else(|| username.clone());
            let db = Db::open(&data_dir).map_err(|e| e.to_string())?;
            let (password, generated) = match std::env::var("DISCRET_OPERATOR_PASSWORD") {
                Ok(p) if !p.is_empty() => (zeroize::Zeroizing::new(p), false),
                _ => (zeroize::Zeroizing::new(random_password()), true),
            };
            auth::create_operator(&db, &username, &display_name, &password)
                .map_err(|e| e.to_string())?;
            println!("operator `{username}` created");
            if generated {
                println!("password: {}", password.as_str());
            }
            Ok(())
        }
        "desk-key" => {
            let db = Db::open(&data_dir).map_err(|e| e.to_string())?;
            let (account, _) = Desk::open_identity(&db, &data_dir).map_err(|e| e.to_string())?;
            println!("{}", account.identity_keys().ed25519.to_base64());
            Ok(())
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
