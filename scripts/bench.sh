#!/usr/bin/env bash
# Sets up the benchmark (dependencies incl. python3-torch and OpenBLAS, a
# Release build tuned for this machine), then runs hyperlab-bench and the
# PyTorch reference and prints their ratios as JSON (bench/compare.py).
# Arguments go to compare.py: --quick, --accuracy, --threads 1,2, --rounds N, --raw.
# See docs/performance.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh" "$root/scripts/bench-dependencies.txt"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target hyperlab-bench >/dev/null
exec python3 "$root/bench/compare.py" --bench "$root/build/release/bench/hyperlab-bench" "$@"
