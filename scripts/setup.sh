#!/usr/bin/env bash
# Installs what the test suite needs beyond Rust, Python, Java/Maven and
# Node.js: Chromium for the console's browser test, gdb (its `gcore` dumps
# the app's memory in the forensic test), playwright-core (npm), pytest
# (pip), and rustfmt and clippy when the toolchain was installed without
# them. Idempotent; skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
if command -v rustup >/dev/null 2>&1; then
  rustup component add rustfmt clippy >/dev/null 2>&1 || true
fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v gcore >/dev/null 2>&1 || missing+=(gdb)
if ((${#missing[@]})); then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
python3 -m pip install -q -r tests/python/requirements.txt
(cd tests/browser && npm ci --silent --no-audit --no-fund)
