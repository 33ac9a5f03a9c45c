#!/usr/bin/env bash
# Runs a command with a fresh platform on a free port, exporting
# DISCRET_PLATFORM_URL and DISCRET_DESK_KEY to it; stops the platform after.
set -euo pipefail
cd "$(dirname "$0")/.."
data="$(mktemp -d -t discret-platform-XXXXXX)"
RUST_LOG=warn "${CARGO_TARGET_DIR:-target}/debug/discret-platform" serve --data-dir "$data" --listen 127.0.0.1:0 >"$data/out" &
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
  grep -q '^desk key' "$data/out" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "the platform did not start"; exit 1; }
  sleep 0.05
done
export DISCRET_PLATFORM_URL="$(sed -n 's/^discret platform listening on //p' "$data/out")"
export DISCRET_DESK_KEY="$(sed -n 's/^desk key (pin it in the app): //p' "$data/out")"
"$@"
