#!/bin/sh
# What the synthetic plate generator needs (no PyTorch): Debian's Python imaging packages, the Persian
# fonts and the background photos it composites plates onto. Installs only what is missing (needs root).
set -e
PACKAGES="python3-opencv python3-pil python3-numpy fonts-noto-core fonts-dejavu-core fonts-farsiweb gnome-backgrounds"
missing=""
for p in $PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q $missing
