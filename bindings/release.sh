#!/usr/bin/env bash
# Mobile release build (x86_64 here, as the proxy for the phone targets):
# builds libdiscret_ffi with the release profile (opt-level z, LTO, one
# codegen unit, panic = unwind), regenerates the bindings from the
# unstripped library, then strips a copy and prints its size against the
# 6 MB budget.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
# A smaller SQLite for the vault (honoured by libsqlite3-sys's bundled build):
# without FTS3/5, R-tree, dbstat, STAT4, soundex, column metadata, JSON,
# extension loading, deprecated APIs and shared cache; secure delete and
# in-memory temp storage as compile-time defaults. 978 KB -> 652 KB of SQLite
# object code (gcc -Os). Checked with `cargo test -p discret-core vault` in a
# debug build. Set LIBSQLITE3_FLAGS yourself (even empty) to override.
export LIBSQLITE3_FLAGS="${LIBSQLITE3_FLAGS-"-USQLITE_ENABLE_DBSTAT_VTAB -USQLITE_ENABLE_FTS3 \
-USQLITE_ENABLE_FTS3_PARENTHESIS -USQLITE_ENABLE_FTS5 -USQLITE_ENABLE_RTREE -USQLITE_ENABLE_STAT4 \
-USQLITE_SOUNDEX -USQLITE_ENABLE_COLUMN_METADATA -DSQLITE_OMIT_LOAD_EXTENSION -DSQLITE_OMIT_DEPRECATED \
-DSQLITE_OMIT_SHARED_CACHE -DSQLITE_OMIT_PROGRESS_CALLBACK -DSQLITE_OMIT_JSON \
-DSQLITE_DEFAULT_MEMSTATUS=0 -DSQLITE_DQS=0 -DSQLITE_SECURE_DELETE -DSQLITE_TEMP_STORE=3"}"
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
