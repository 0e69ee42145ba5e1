#!/usr/bin/env bash
# Checks that every C++ file follows .clang-format (Debian 12's clang-format
# 14). With --fix, reformats them in place instead. Run by ctest
# (style/clang-format), so the README's test command and CI check it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
clang_format="${CLANG_FORMAT:-clang-format}"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null ||
                     find app bench core i18n tests ui -name '*.cpp' -o -name '*.h')
if [[ "${1:-}" == "--fix" ]]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if ! "$clang_format" --dry-run -Werror "${files[@]}" 2>"$report"; then
    grep -o '^[^:]*\.\(cpp\|h\)' "$report" | sort -u | sed 's/^/not formatted: /'
    echo "Run scripts/check-format.sh --fix (clang-format $("$clang_format" --version | grep -o '[0-9][0-9.]*' | head -1))." >&2
    exit 1
fi
echo "${#files[@]} files formatted as .clang-format says."
