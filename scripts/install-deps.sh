#!/usr/bin/env bash
# Installs the Debian packages in scripts/dependencies.txt that are missing.
# Idempotent and quiet when everything is present. Pass extra package-list
# files (e.g. scripts/bench-dependencies.txt) to install those too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lists=("$here/dependencies.txt" "$@")
wanted=()
for list in "${lists[@]}"; do
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        wanted+=("$pkg")
    done < "$list"
done
missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
