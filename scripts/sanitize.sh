#!/usr/bin/env bash
# Builds HyperLab with a sanitizer preset and runs the whole test suite under
# it, headless. Usage: scripts/sanitize.sh [asan|tsan] [ctest arguments...]
#   asan: AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer
#   tsan: ThreadSanitizer
# The runtime options (ASAN_OPTIONS, LSAN_OPTIONS, UBSAN_OPTIONS, TSAN_OPTIONS)
# and the suppression files in tests/sanitizers/ come from the test presets
# in CMakePresets.json, so `ctest --preset asan|tsan` by hand runs the same.
# Any sanitizer report fails its test; the script exits non-zero then.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
preset="${1:-asan}"
case "$preset" in
    asan | tsan) ;;
    *)
        echo "usage: scripts/sanitize.sh [asan|tsan] [ctest arguments...]" >&2
        exit 2
        ;;
esac
shift $(($# > 0 ? 1 : 0))
bash "$root/scripts/install-deps.sh" "$root/scripts/sanitize-dependencies.txt"
cd "$root"
start=$SECONDS
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j"$(nproc)"
built=$SECONDS
export QT_QPA_PLATFORM=offscreen
status=0
ctest --preset "$preset" -j"$(nproc)" "$@" || status=$?
echo "sanitize.sh $preset: build $((built - start)) s, tests $((SECONDS - built)) s, exit $status"
exit "$status"
