#!/usr/bin/env bash
# Runs a command with a fresh platform on a free port, exporting
# DISCRET_PLATFORM_URL and DISCRET_DESK_KEY to it; stops the platform after.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh
data="$(mktemp -d -t discret-platform-XXXXXX)"
start_platform 127.0.0.1:0
export DISCRET_PLATFORM_URL="$url" DISCRET_DESK_KEY="$desk_key"
"$@"
