#!/usr/bin/env bash
# Builds DiscretFFIFFI.xcframework on a Mac (Xcode and rustup required):
# the Rust static library for iOS devices, the iOS simulator (arm64 and
# x86_64 in one slice) and macOS (for `swift test`), in the release profile,
# with the headers synced by sync-bindings.sh.
#
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios \
#     aarch64-apple-darwin x86_64-apple-darwin
#   bindings/generate.sh --release   # the bindings must match this library
#   ios/DiscretKit/build-xcframework.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
lib=libdiscret_ffi.a
export IPHONEOS_DEPLOYMENT_TARGET=15.0
export MACOSX_DEPLOYMENT_TARGET=12.0

"$here/sync-bindings.sh"
cd "$root"
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios \
              aarch64-apple-darwin x86_64-apple-darwin; do
  cargo build -p discret-ffi --release --target "$target"
done

out="$root/target/xcframework"
rm -rf "$out"
mkdir -p "$out/ios-simulator" "$out/macos"
lipo -create -output "$out/ios-simulator/$lib" \
  "target/aarch64-apple-ios-sim/release/$lib" "target/x86_64-apple-ios/release/$lib"
lipo -create -output "$out/macos/$lib" \
  "target/aarch64-apple-darwin/release/$lib" "target/x86_64-apple-darwin/release/$lib"

rm -rf "$here/DiscretFFIFFI.xcframework"
xcodebuild -create-xcframework \
  -library "target/aarch64-apple-ios/release/$lib" -headers "$here/Headers" \
  -library "$out/ios-simulator/$lib" -headers "$here/Headers" \
  -library "$out/macos/$lib" -headers "$here/Headers" \
  -output "$here/DiscretFFIFFI.xcframework"
echo "built $here/DiscretFFIFFI.xcframework"
