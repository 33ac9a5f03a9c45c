#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, Rust unit and
# end-to-end tests, bindings regenerated from the library, Python binding
# tests (with the console in headless Chromium), Kotlin tests on the JVM,
# and the README's main job as a smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$*"; }

step "set-up"
scripts/setup.sh
step "format"
cargo fmt --all -- --check
step "lints"
cargo clippy --workspace --all-targets -- -D warnings
step "Rust tests"
cargo test --workspace
step "bindings"
bindings/generate.sh
cargo build -p discret-platform -p discret-citizen
step "Python binding tests"
python3 -m pytest -q tests/python
step "Kotlin tests (JVM)"
scripts/with_platform.sh bash -c 'cd android/discret-kotlin && mvn -q -B test'
step "main job (demo)"
DISCRET_PORT=0 scripts/demo.sh --exit
step "all tests passed"
