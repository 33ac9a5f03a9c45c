# Sourced by demo.sh and with_platform.sh: starts the platform binary on
# `$data` (an existing data directory) listening on `$1`, stops it and
# deletes `$data` when the script exits, and sets `url` and `desk_key`.
platform="${CARGO_TARGET_DIR:-target}/debug/discret-platform"

start_platform() {
  RUST_LOG="${RUST_LOG:-warn}" "$platform" serve --data-dir "$data" --listen "$1" >"$data/platform.out" &
  server=$!
  trap stop_platform EXIT
  for _ in $(seq 200); do
    grep -q '^desk key' "$data/platform.out" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { echo "the platform did not start"; exit 1; }
    sleep 0.05
  done
  url="$(sed -n 's/^discret platform listening on //p' "$data/platform.out")"
  desk_key="$(sed -n 's/^desk key (pin it in the app): //p' "$data/platform.out")"
  if [[ -z $url || -z $desk_key ]]; then
    echo "the platform did not print its address and key within 10 s:"
    cat "$data/platform.out"
    exit 1
  fi
}

stop_platform() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$data"
  exit "$status"
}
