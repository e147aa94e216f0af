#!/usr/bin/env bash
# Install Debian's headless-capable Chromium and its matching chromedriver for the browser
# tests (tests/web/). Idempotent: does nothing when both binaries are already present, so
# scripts/test.sh can call it on every run; CI starts from a fresh machine and runs as root.
set -euo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    exit 0
fi

SUDO=""
if [[ "$(id -u)" != "0" ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "setup_browser: chromium is missing and we are not root (no sudo); browser tests will be skipped" >&2
        exit 0
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
/usr/bin/chromedriver --version
