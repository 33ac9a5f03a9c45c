#!/usr/bin/env bash
# Builds libdiscret_ffi (debug by default, `--release` for the mobile
# profile), regenerates the Kotlin, Swift and Python bindings from the
# UNSTRIPPED library into bindings/generated/, and copies the library where
# the Python tests and the JVM tests load it from.
# Generated code is not committed: this script recreates it in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
cargo_flags=()
if [[ "${1:-}" == "--release" ]]; then
  profile=release
  cargo_flags=(--release)
fi
target="${CARGO_TARGET_DIR:-target}"
cargo build -p discret-ffi "${cargo_flags[@]}"
cargo build -p uniffi-bindgen
lib="$target/$profile/libdiscret_ffi.so"
out=bindings/generated
rm -rf "$out"
for language in python kotlin swift; do
  "$target/debug/uniffi-bindgen" generate --library "$lib" --language "$language" \
    --out-dir "$out/$language" >/dev/null
done
cp "$lib" "$out/python/"
resources=android/discret-kotlin/src/test/resources/linux-x86-64
mkdir -p "$resources"
cp "$lib" "$resources/"
echo "bindings generated in $out from $lib"
