#!/usr/bin/env bash
# Mobile release build (x86_64 here, as the proxy for the phone targets):
# builds libdiscret_ffi with the release profile (opt-level z, LTO, one
# codegen unit, panic = unwind), regenerates the bindings from the
# unstripped library, then strips a copy and prints its size against the
# 6 MB budget.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
# SQLite's compile-time options (a smaller build, secure delete and
# in-memory temporary storage by default) are in .cargo/config.toml, for
# every build.
bindings/generate.sh --release
mkdir -p "$target/mobile"
strip --strip-unneeded -o "$target/mobile/libdiscret_ffi.so" "$target/release/libdiscret_ffi.so"
size=$(stat -c %s "$target/mobile/libdiscret_ffi.so")
printf 'stripped release library: %s, %s bytes (%.2f MB; budget 6 MB)\n' "$target/mobile/libdiscret_ffi.so" \
  "$size" "$(awk "BEGIN { print $size / 1000000 }")"
if (( size > 6000000 )); then
  echo "over the 6 MB budget" >&2
  exit 1
fi
