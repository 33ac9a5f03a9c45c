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
source scripts/platform.sh
# The platform generates the first operator's password and prints it once.
password="$("$platform" add-operator --data-dir "$data" --username operateur \
  --display-name "Opérateur 17" | sed -n 's/^password: //p')"
start_platform "127.0.0.1:$port"
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
