#!/usr/bin/env bash
# Renders the main window offscreen after a short random search on the
# spiral and writes docs/images/main_window.png, charts.png,
# leaderboard.png and the panels (shown in the README), then the same window
# in Simplified Chinese as main_window_zh_CN.png, model_form_zh_CN.png and
# guide_zh_CN.png (Help > Guide; guide.png in English); with Fashion-MNIST
# installed, also the Analysis view after a short search (analysis*.png,
# analysis_zh.png)
# (needs a CJK font: fonts-noto-cjk, in scripts/dependencies.txt).
# Usage: scripts/screenshots.sh [build-dir]   (default: build/release)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build/release}"
if [[ ! -x "$build/app/gui/hyperlab" ]]; then
    cmake --build "$build" --target hyperlab
fi
out="$root/docs/images"
mkdir -p "$out"
# A private settings location, so the user's saved window layout does not
# leak into the pictures.
export XDG_CONFIG_HOME="$(mktemp -d)"
export XDG_DATA_HOME="$XDG_CONFIG_HOME"
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
QT_QPA_PLATFORM=offscreen timeout 300 "$build/app/gui/hyperlab" --lang en --screenshots "$out"
zh="$XDG_CONFIG_HOME/zh_CN"
QT_QPA_PLATFORM=offscreen timeout 300 "$build/app/gui/hyperlab" --lang zh_CN --screenshots "$zh"
cp "$zh/main_window.png" "$out/main_window_zh_CN.png"
cp "$zh/model_form.png" "$out/model_form_zh_CN.png"
cp "$zh/guide.png" "$out/guide_zh_CN.png"
if [[ -f "$zh/analysis.png" ]]; then cp "$zh/analysis.png" "$out/analysis_zh.png"; fi
ls -l "$out"/main_window.png "$out"/charts.png "$out"/leaderboard.png "$out"/main_window_zh_CN.png
