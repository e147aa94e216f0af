#!/usr/bin/env bash
# One command: throughput and memory of the full pipeline vs raw spaCy, on 1 and 2 local workers
# and a 2-worker Dask LocalCluster. Usage: bench/run.sh [ARTICLES] (default 200).
# Per-measure lines go to stderr; the last line on stdout is a JSON object.
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-200}"
exec .venv/bin/python -c 'import sys; from foedus.cli.corpus_cmds import bench; bench(sys.argv[1:])' \
    --articles "$ARTICLES" --workers 2 --engine local --engine dask
