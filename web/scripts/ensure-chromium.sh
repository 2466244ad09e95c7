#!/usr/bin/env bash
# Installs what the browser tests need from Debian's packages, only when missing: chromium (/usr/bin/chromium) and a
# small CJK font (fonts-wqy-microhei) so Chinese pages render in screenshots instead of empty boxes.
# Non-interactive; runs apt-get directly as root (CI) or through sudo otherwise.
set -euo pipefail

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed" || packages+=(fonts-wqy-microhei)

if [ ${#packages[@]} -eq 0 ]; then
  echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and the CJK font are present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo -n)
else
  echo "ensure-chromium: need root or sudo to install: ${packages[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: installing ${packages[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${packages[@]}" >/dev/null
/usr/bin/chromium --version
