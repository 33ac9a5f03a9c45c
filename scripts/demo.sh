#!/usr/bin/env bash
# The main job on an embedded default: starts the platform (relay + desk +
# operator console, SQLite in a fresh data directory), creates an operator,
# then runs a scripted silent chat end to end: a citizen client driving the
# core on one side, a scripted operator on the console API on the other.
# The platform then stays up for you to open the console (Ctrl-C stops it);
# `--exit` stops right after the chat. DISCRET_PORT picks the port (8080;
# 0 for any free one).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${DISCRET_PORT:-8080}"
cargo build -q -p discret-platform -p discret-citizen
data="$(mktemp -d -t discret-demo-XXXXXX)"
platform="${CARGO_TARGET_DIR:-target}/debug/discret-platform"
# The platform generates the first operator's password and prints it once.
password="$("$platform" add-operator --data-dir "$data" --username operateur \
  --display-name "Opérateur 17" | sed -n 's/^password: //p')"
RUST_LOG="${RUST_LOG:-warn}" "$platform" serve --data-dir "$data" --listen "127.0.0.1:$port" >"$data/platform.out" &
server=$!
cleanup() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
  exit "$status"
}
trap cleanup EXIT
for _ in $(seq 200); do
  grep -q '^desk key' "$data/platform.out" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "the platform did not start"; exit 1; }
  sleep 0.05
done
url="$(sed -n 's/^discret platform listening on //p' "$data/platform.out")"
desk_key="$(sed -n 's/^desk key (pin it in the app): //p' "$data/platform.out")"
cat <<INFO
== discret platform ==
operator console: $url/console
first operator:   operateur / $password
desk key:         $desk_key

== a silent chat, end to end ==
INFO
python3 scripts/demo_operator.py "$url" operateur "$password" &
operator=$!
"${CARGO_TARGET_DIR:-target}/debug/discret-citizen" --platform "$url" --desk-key "$desk_key" \
  --category domestic_violence --lat 48.8566 --lon 2.3522 --accuracy 15 \
  --script scripts/demo_citizen.txt
wait $operator
echo
if [[ "${1:-}" == "--exit" ]]; then
  echo "demo complete."
else
  echo "demo complete. The console stays up at $url/console (operateur / $password); Ctrl-C to stop."
  wait $server
fi
