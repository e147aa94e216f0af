#!/usr/bin/env bash
# Set up (.venv, pinned dependencies) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup_browser.sh
exec .venv/bin/python -m pytest -q "$@"
