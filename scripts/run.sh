#!/usr/bin/env bash
# Sets everything up (dependencies, Release build) and runs HyperLab on its
# built-in default: the desktop app opens on the spiral dataset, ready to Run.
# Without a display (no DISPLAY/WAYLAND_DISPLAY) it runs the same default
# headless with the CLI instead. Extra arguments go to the program.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build.sh" release
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" || "${QT_QPA_PLATFORM:-}" == offscreen ]]; then
    exec "$root/build/release/app/gui/hyperlab" "$@"
fi
echo "run.sh: no display found; running the headless demo (hyperlab-cli demo)."
exec "$root/build/release/app/cli/hyperlab-cli" demo "$@"
