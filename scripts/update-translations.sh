#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (i18n/, ui/, app/ and the
# core's message templates in core/common/problem.cpp): new
# strings appear unfinished, strings no longer in the code are dropped.
# Then translate the unfinished entries (Qt Linguist: linguist
# translations/hyperlab_zh_CN.ts) and run the tests: i18n/completeness fails
# while any string is untranslated.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
cd "$root"
sources="i18n ui app core/common/problem.cpp"
"$lupdate" -locations none -no-obsolete $sources -ts translations/hyperlab_zh_CN.ts
# English is the source language: only plural forms need an entry.
"$lupdate" -locations none -no-obsolete -pluralonly $sources -ts translations/hyperlab_en.ts
