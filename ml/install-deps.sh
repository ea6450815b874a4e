#!/bin/sh
# Debian 12 packages for training, export and the synthetic generator (PyPI is not needed).
set -e
apt-get install -y python3-torch python3-torchvision python3-onnx python3-opencv python3-pil \
  python3-numpy fonts-noto-core fonts-dejavu-core fonts-farsiweb gnome-backgrounds
