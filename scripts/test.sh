#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lints, Rust unit and
# end-to-end tests, bindings regenerated from the library, Python binding
# tests (with the console in headless Chromium), Kotlin tests on the JVM,
# the README's main job as a smoke test, and the size of the stripped
# release library against the mobile budget.
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
step "mobile library size (release build, stripped, 6 MB budget)"
bindings/release.sh
step "all tests passed"
