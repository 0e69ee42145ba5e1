#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, configures and builds
# the `package` preset (portable x86-64-v2 baseline, no tests or benchmarks),
# runs cpack in build/package, prints the path of the .deb and shows its
# control data. lintian checks the package when it is installed (optional).
# Install the result with: sudo apt install ./build/package/hyperlab_<version>_<arch>.deb
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
cd "$root"
cmake --preset package >/dev/null
cmake --build --preset package -j"$(nproc)"

cd "$root/build/package"
# A stale .deb from an earlier version must not be mistaken for this one.
rm -f hyperlab_*.deb
cpack --config CPackConfig.cmake
shopt -s nullglob
debs=("$root"/build/package/hyperlab_*.deb)
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "package.sh: expected one hyperlab_*.deb in build/package, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
echo
dpkg-deb --info "$deb"
if command -v lintian >/dev/null; then
    echo "lintian:"
    # Fails on lintian errors; warnings and notes are only shown.
    lintian --info "$deb"
else
    echo "(lintian is not installed; skipping its checks)"
fi
echo
echo "package: $deb"
