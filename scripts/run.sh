#!/usr/bin/env bash
# Sets everything up (dependencies, Release build) and runs HyperLab on its
# built-in default: the spiral dataset with a small MLP. Extra arguments go
# to the program.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh" release
exec "$root/build/release/app/cli/hyperlab-cli" demo "$@"
