#!/usr/bin/env bash
# Installs missing dependencies and builds HyperLab with a CMake preset
# (default: release, tuned for this machine). Usage: scripts/build.sh [preset]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preset="${1:-release}"
bash "$root/scripts/install-deps.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
