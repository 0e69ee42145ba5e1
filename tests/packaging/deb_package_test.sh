#!/usr/bin/env bash
# ctest packaging/deb: builds the Debian package from this build tree with
# cpack, unpacks it into a scratch root and checks what a user would get: the
# files, their permissions, the control fields (dpkg-shlibdeps' Depends), the
# desktop and AppStream metadata, the icons, the man pages, and that the
# installed programs run. Every failed check is reported; any makes it fail.
#
# Usage: deb_package_test.sh BUILD_DIR SOURCE_DIR VERSION [CPACK]
set -euo pipefail

if [[ $# -lt 3 ]]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION [CPACK]" >&2
    exit 2
fi
build_dir=$1
source_dir=$2
version=$3
cpack_cmd=${4:-cpack}

work=$(mktemp -d "${TMPDIR:-/tmp}/hyperlab-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }

# --- Build and unpack the package --------------------------------------------
echo "packaging $build_dir with $cpack_cmd"
if ! "$cpack_cmd" -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
shopt -s nullglob
debs=("$work/out"/*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    cat "$work/cpack.log" >&2
    echo "FAIL: expected exactly one .deb in $work/out, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ "$(basename "$deb")" == "hyperlab_${version}_${arch}.deb" ]] &&
    pass "file name $(basename "$deb")" ||
    fail "file name $(basename "$deb"), expected hyperlab_${version}_${arch}.deb"

root="$work/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" >"$work/contents.txt"

# --- Control fields ----------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == hyperlab ]] && pass "Package" || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version" ]] && pass "Version $version" || fail "Version is '$(field Version)'"
[[ "$(field Section)" == science ]] && pass "Section" || fail "Section is '$(field Section)'"
[[ "$(field Maintainer)" == "HyperLab developers <hyperlab@example.org>" ]] &&
    pass "Maintainer" || fail "Maintainer is '$(field Maintainer)'"
depends=$(field Depends)
echo "Depends: $depends"
for dep in libqt6widgets6 libqt6charts6 libqt6svg6 libtbb libc6 libstdc++6 zlib1g libpq5; do
    [[ "$depends" == *"$dep"* ]] && pass "Depends has $dep" || fail "Depends lacks $dep: $depends"
done
recommends=$(field Recommends)
for rec in dataset-fashion-mnist fonts-noto-cjk; do
    [[ "$recommends" == *"$rec"* ]] && pass "Recommends has $rec" || fail "Recommends lacks $rec: $recommends"
done
[[ -n "$(field Description)" ]] && pass "Description" || fail "no Description"

# --- Files -------------------------------------------------------------------
usr="$root/usr"
expected=(
    bin/hyperlab
    bin/hyperlab-cli
    share/applications/io.github.hyperlab.HyperLab.desktop
    share/metainfo/io.github.hyperlab.HyperLab.metainfo.xml
    share/icons/hicolor/scalable/apps/hyperlab.svg
    share/man/man1/hyperlab.1.gz
    share/man/man1/hyperlab-cli.1.gz
    share/doc/hyperlab/copyright
    share/doc/hyperlab/changelog.gz
)
icon_sizes=(16 24 32 48 64 128 256)
for size in "${icon_sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/hyperlab.png")
done
for example in "$source_dir"/resources/examples/*.json; do
    expected+=("share/hyperlab/examples/$(basename "$example")")
done
for path in "${expected[@]}"; do
    [[ -f "$usr/$path" ]] && pass "/usr/$path" || fail "missing /usr/$path"
done

# Only /usr, only the two programs, no libraries, headers or test binaries.
outside=$(awk '{print $6}' "$work/contents.txt" | grep -v -e '^\./$' -e '^\./usr/' || true)
[[ -z "$outside" ]] && pass "everything under /usr" || fail "files outside /usr: $outside"
programs=$(ls -1 "$usr/bin" 2>/dev/null | tr '\n' ' ' || true)
[[ "$programs" == "hyperlab hyperlab-cli " ]] && pass "bin holds only the programs" ||
    fail "bin holds: $programs"
strays=$(awk '{print $6}' "$work/contents.txt" | grep -e '\.a$' -e '\.so' -e '/include/' -e '/lib/' -e 'tst_' || true)
[[ -z "$strays" ]] && pass "no libraries, headers or tests" || fail "unexpected files: $strays"

# Debian's ownership and modes: root:root, 0755 directories and programs,
# 0644 data files.
bad_modes=$(awk '$2 != "root/root" ||
                 !($1 == "drwxr-xr-x" || $1 == "-rwxr-xr-x" || $1 == "-rw-r--r--") ||
                 ($1 == "-rwxr-xr-x" && $6 !~ /^\.\/usr\/bin\//) ||
                 ($1 == "-rw-r--r--" && $6 ~ /^\.\/usr\/bin\//)' "$work/contents.txt")
[[ -z "$bad_modes" ]] && pass "owners and modes" || fail "wrong owner or mode: $bad_modes"

for program in hyperlab hyperlab-cli; do
    [[ -f "$usr/bin/$program" ]] || continue
    # A stripped executable has no .symtab section left.
    if ! readelf -S --wide "$usr/bin/$program" >"$work/sections.txt"; then
        fail "readelf cannot read $program"
    elif grep -q '\.symtab' "$work/sections.txt"; then
        fail "$program is not stripped"
    else
        pass "$program stripped"
    fi
done

# --- Icons: real PNGs of the advertised size ---------------------------------
png_dimension() { od -An -tu1 -j"$2" -N4 "$1" | awk '{print ($1 * 16777216) + ($2 * 65536) + ($3 * 256) + $4}'; }
for size in "${icon_sizes[@]}"; do
    png="$usr/share/icons/hicolor/${size}x${size}/apps/hyperlab.png"
    [[ -f "$png" ]] || continue
    signature=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
    width=$(png_dimension "$png" 16)
    height=$(png_dimension "$png" 20)
    if [[ "$signature" == 89504e470d0a1a0a && "$width" == "$size" && "$height" == "$size" ]]; then
        pass "icon ${size}x${size}"
    else
        fail "icon ${size}x${size}: signature $signature, ${width}x${height}"
    fi
done

# --- Desktop entry and AppStream metadata ------------------------------------
desktop="$usr/share/applications/io.github.hyperlab.HyperLab.desktop"
metainfo="$usr/share/metainfo/io.github.hyperlab.HyperLab.metainfo.xml"
if [[ -f "$desktop" ]]; then
    grep -qx 'Exec=hyperlab' "$desktop" && pass "desktop Exec" || fail "desktop Exec is not hyperlab"
    grep -qx 'Icon=hyperlab' "$desktop" && pass "desktop Icon" || fail "desktop Icon is not hyperlab"
    grep -qx 'Categories=Education;Science;Development;' "$desktop" && pass "desktop Categories" ||
        fail "desktop Categories"
    grep -qx 'Comment\[zh_CN\]=探索与调优深度学习超参数' "$desktop" && pass "desktop zh_CN Comment" ||
        fail "desktop zh_CN Comment"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" && pass "desktop-file-validate" || fail "desktop-file-validate"
    else
        echo "skip: desktop-file-validate not installed (package desktop-file-utils)"
    fi
fi
if [[ -f "$metainfo" ]]; then
    grep -q '<launchable type="desktop-id">io.github.hyperlab.HyperLab.desktop</launchable>' "$metainfo" &&
        pass "metainfo launchable" || fail "metainfo launchable does not name the desktop file"
    grep -q "<release version=\"$version\"" "$metainfo" && pass "metainfo release $version" ||
        fail "metainfo has no release $version"
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo" && pass "appstreamcli validate" ||
            fail "appstreamcli validate"
    else
        echo "skip: appstreamcli not installed (package appstream)"
    fi
fi

# --- Man pages ---------------------------------------------------------------
cli="$usr/bin/hyperlab-cli"
man_text() { gzip -dc "$1" | sed 's/\\-/-/g'; }
for page in hyperlab hyperlab-cli; do
    gz="$usr/share/man/man1/$page.1.gz"
    [[ -f "$gz" ]] || continue
    gzip -t "$gz" && pass "$page.1.gz is gzip" || fail "$page.1.gz is not valid gzip"
    title=$(man_text "$gz" | grep -m1 '^\.TH' || true)
    [[ "$title" == *"HyperLab $version"* ]] && pass "$page.1 names version $version" ||
        fail "$page.1 title line: $title"
    if command -v groff >/dev/null; then
        warnings=$(gzip -dc "$gz" | groff -man -ww -z 2>&1 || true)
        [[ -z "$warnings" ]] && pass "$page.1 renders cleanly" || fail "$page.1 groff: $warnings"
    fi
done
if [[ -x "$cli" && -f "$usr/share/man/man1/hyperlab-cli.1.gz" ]]; then
    page=$(man_text "$usr/share/man/man1/hyperlab-cli.1.gz")
    help=$("$cli" --help)
    # Every command and option the CLI's own usage text names is documented.
    commands=$(sed -n 's/^  hyperlab-cli \([a-z][a-z]*\).*/\1/p' <<<"$help" | sort -u)
    options=$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
    [[ -n "$commands" && -n "$options" ]] || fail "could not read commands and options from --help"
    for word in $commands; do
        grep -q "^\.BI\? \"\?$word\b" <<<"$page" && pass "man documents command $word" ||
            fail "man page lacks command $word"
    done
    for word in $options; do
        grep -q -- "$word" <<<"$page" && pass "man documents $word" || fail "man page lacks $word"
    done
    grep -q '/usr/share/hyperlab/examples' <<<"$page" && pass "man FILES names the examples" ||
        fail "man page does not name /usr/share/hyperlab/examples"
fi
if [[ -f "$usr/share/man/man1/hyperlab.1.gz" ]]; then
    page=$(man_text "$usr/share/man/man1/hyperlab.1.gz")
    for word in --lang --screenshots --help --version; do
        grep -q -- "$word" <<<"$page" && pass "hyperlab.1 documents $word" || fail "hyperlab.1 lacks $word"
    done
fi

# --- The installed programs run ----------------------------------------------
examples="$usr/share/hyperlab/examples"
if [[ -x "$cli" ]]; then
    out=$("$cli" --version 2>&1 || true)
    [[ "$out" == "hyperlab-cli $version" ]] && pass "hyperlab-cli --version" ||
        fail "hyperlab-cli --version printed '$out'"

    status=0
    "$cli" train "$examples/spiral_mlp.json" --epochs 1 --threads 2 >"$work/train.txt" 2>&1 || status=$?
    cat "$work/train.txt"
    if [[ $status -eq 0 ]] && grep -q '^status: completed' "$work/train.txt" &&
        grep -q '^test: loss [0-9.]*, accuracy [0-9.]* on [0-9]* samples' "$work/train.txt" &&
        grep -q '^1 epochs, ' "$work/train.txt" &&
        [[ $(grep -c '^ *[0-9][0-9]*  ' "$work/train.txt") -eq 1 ]]; then
        pass "train spiral_mlp.json --epochs 1"
    else
        fail "train spiral_mlp.json --epochs 1 (exit $status)"
    fi

    # Out of range: exit 2 and a message naming the option and the range.
    status=0
    "$cli" train "$examples/spiral_mlp.json" --epochs 0 >"$work/bad.txt" 2>&1 || status=$?
    if [[ $status -eq 2 ]] && grep -q -- '--epochs: "0" is not valid (allowed: an integer from 1 to 10000)' "$work/bad.txt"; then
        pass "--epochs 0 rejected"
    else
        fail "--epochs 0: exit $status, $(cat "$work/bad.txt")"
    fi
    # An override that breaks the rest of the config (a one-epoch warm-up in
    # a one-epoch run) is rejected under --epochs, before any data is read.
    status=0
    "$cli" train "$examples/fashion_cnn.json" --epochs 1 >"$work/bad.txt" 2>&1 || status=$?
    if [[ $status -eq 2 ]] && grep -q -- '--epochs: training.lr_schedule.warmup_epochs' "$work/bad.txt"; then
        pass "--epochs conflicting with warmup_epochs rejected"
    else
        fail "fashion_cnn.json --epochs 1: exit $status, $(cat "$work/bad.txt")"
    fi
fi
if [[ -x "$usr/bin/hyperlab" ]]; then
    out=$(QT_QPA_PLATFORM=offscreen "$usr/bin/hyperlab" --version 2>&1 || true)
    [[ "$out" == *"$version"* ]] && pass "hyperlab --version" || fail "hyperlab --version printed '$out'"
fi

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed for $(basename "$deb")" >&2
    exit 1
fi
echo "all checks passed for $(basename "$deb")"
