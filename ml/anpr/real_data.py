"""Loads the real crops and scenes of anpr-data, split by plate text (see its README)."""
import csv
import hashlib

import cv2
import numpy as np

from .charset import text_to_slots
from .paths import DATA


def is_validation_text(text, fraction=0.12):
    """Deterministic split by plate text, so one plate never sits on both sides."""
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return (h % 1000) < fraction * 1000


def load_crops(split):
    """Returns [(rgb uint8 image, slots, text)] for split 'train' or 'val'."""
    out = []
    with open(DATA / "read" / "labels.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            text = row["plate_text"]
            if is_validation_text(text) != (split == "val"):
                continue
            img = cv2.imread(str(DATA / "read" / "images" / row["file"]))[:, :, ::-1]
            out.append((np.ascontiguousarray(img), text_to_slots(text), text))
    return out


def is_validation_scene(name):
    """Scenes with neighbouring numbers show the same car, so split in blocks of 20 numbers."""
    number = int(name.rsplit("_", 1)[1].split(".")[0])
    return (number // 20) % 10 == 0


def load_scenes(split):
    """Returns [(rgb image, boxes float32 [n,4] x1y1x2y2 pixels)]."""
    out = []
    for path in sorted((DATA / "detect" / "images").glob("*.jpg")):
        if is_validation_scene(path.name) != (split == "val"):
            continue
        img = cv2.imread(str(path))[:, :, ::-1]
        h, w = img.shape[:2]
        rows = np.loadtxt(DATA / "detect" / "labels" / (path.stem + ".txt"), ndmin=2)
        cx, cy, bw, bh = rows[:, 1] * w, rows[:, 2] * h, rows[:, 3] * w, rows[:, 4] * h
        boxes = np.stack([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2], 1).astype(np.float32)
        out.append((np.ascontiguousarray(img), boxes))
    return out
