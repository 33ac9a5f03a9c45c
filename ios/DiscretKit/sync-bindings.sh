#!/usr/bin/env bash
# Copies the generated Swift bindings (bindings/generate.sh writes them to
# bindings/generated/swift) into this package:
#   DiscretFFI.swift                  -> Sources/DiscretFFI/
#   DiscretFFIFFI.h + the module map  -> Headers/DiscretFFIFFI/
# (the module map renamed module.modulemap, as an XCFramework expects it).
# The copies are gitignored: regenerate and sync, never edit them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
generated="$here/../../bindings/generated/swift"
for file in DiscretFFI.swift DiscretFFIFFI.h DiscretFFIFFI.modulemap; do
  if [[ ! -f "$generated/$file" ]]; then
    echo "missing $generated/$file: run bindings/generate.sh first" >&2
    exit 1
  fi
done
mkdir -p "$here/Sources/DiscretFFI" "$here/Headers/DiscretFFIFFI"
cp "$generated/DiscretFFI.swift" "$here/Sources/DiscretFFI/DiscretFFI.swift"
cp "$generated/DiscretFFIFFI.h" "$here/Headers/DiscretFFIFFI/DiscretFFIFFI.h"
cp "$generated/DiscretFFIFFI.modulemap" "$here/Headers/DiscretFFIFFI/module.modulemap"
echo "Swift bindings synced into $here"
