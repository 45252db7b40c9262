#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs, when they are missing.
#   tools/sysdeps.sh offscreen   - enough for tests (QT_QPA_PLATFORM=offscreen)
#   tools/sysdeps.sh window      - also what a real window on X11 needs
# Installs only as root; otherwise prints the apt-get line to run.
set -euo pipefail
mode="${1:-offscreen}"
pkgs=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
if [ "$mode" = "window" ]; then
  pkgs+=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0)
fi
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to do here
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Asennetaan Qt:n tarvitsemat kirjastot: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Qt tarvitsee nämä kirjastot. Asenna ne komennolla:" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
fi
