#!/usr/bin/env bash
# Sets everything up (dependencies, Release build) and runs the whole test
# suite through ctest, headless.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh" release
cd "$root"
QT_QPA_PLATFORM=offscreen ctest --preset release -j"$(nproc)" "$@"
