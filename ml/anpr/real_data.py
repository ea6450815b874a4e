"""Loads the real crops and scenes of anpr-data, split by plate text (see its README).

Every file in anpr-data is used, whatever its source; the source is the file-name prefix (crops: `alpr`,
`rf`, `pas`; scenes: `alpr`, `pcp`), so callers can count or weight them and tests can pin a subset."""
import csv
import hashlib
from collections import Counter

import cv2
import numpy as np

from .charset import text_to_slots
from .paths import DATA, ML_DIR

# Labels checked by eye where a model confidently disagreed with them (ml/label-corrections.csv, with
# reasons); an empty corrected_text drops the crop.
CORRECTIONS = ML_DIR / "label-corrections.csv"


def source_of(name):
    """'alpr_0001.jpg' -> 'alpr', 'pas_train_012.jpg' -> 'pas', 'pcp_valid_031.jpg' -> 'pcp'."""
    return name.split("_", 1)[0]


def is_validation_text(text, fraction=0.12):
    """Deterministic split by plate text, so one plate never sits on both sides."""
    h = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16)
    return (h % 1000) < fraction * 1000


def label_corrections():
    """{file: corrected text or '' (dropped)} for the rows whose source text still matches."""
    with open(CORRECTIONS, encoding="utf-8") as f:
        return {row["file"]: (row["source_text"], row["corrected_text"]) for row in csv.DictReader(f)}


def crop_rows(split, sources=None):
    """labels.csv rows of split 'train' or 'val' (optionally only the given sources), corrected.
    The split stays by the source text, so a correction never moves a crop between the sides."""
    corrections = label_corrections()
    rows = []
    with open(DATA / "read" / "labels.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if is_validation_text(row["plate_text"]) != (split == "val"):
                continue
            if sources is not None and source_of(row["file"]) not in sources:
                continue
            source_text, corrected = corrections.get(row["file"], (None, None))
            if source_text == row["plate_text"]:
                if not corrected:
                    continue
                row = {**row, "plate_text": corrected}
            rows.append(row)
    return rows


def load_crops(split, sources=None, with_source=False):
    """Returns [(rgb uint8 image, slots, text)] (+ source with with_source) for split 'train' or 'val'."""
    out = []
    for row in crop_rows(split, sources):
        text = row["plate_text"]
        img = cv2.imread(str(DATA / "read" / "images" / row["file"]))[:, :, ::-1]
        item = (np.ascontiguousarray(img), text_to_slots(text), text)
        out.append(item + (source_of(row["file"]),) if with_source else item)
    return out


def is_validation_scene(name):
    """Scenes with neighbouring numbers show the same car, so split in blocks of 20 numbers."""
    number = int(name.rsplit("_", 1)[1].split(".")[0])
    return (number // 20) % 10 == 0


def scene_paths(split, sources=None):
    return [p for p in sorted((DATA / "detect" / "images").glob("*.jpg"))
            if is_validation_scene(p.name) == (split == "val") and (sources is None or source_of(p.name) in sources)]


def load_scenes(split, sources=None, with_source=False):
    """Returns [(rgb image, boxes float32 [n,4] x1y1x2y2 pixels)] (+ source with with_source)."""
    out = []
    for path in scene_paths(split, sources):
        img = cv2.imread(str(path))[:, :, ::-1]
        h, w = img.shape[:2]
        rows = np.loadtxt(DATA / "detect" / "labels" / (path.stem + ".txt"), ndmin=2)
        cx, cy, bw, bh = rows[:, 1] * w, rows[:, 2] * h, rows[:, 3] * w, rows[:, 4] * h
        boxes = np.stack([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2], 1).astype(np.float32)
        item = (np.ascontiguousarray(img), boxes)
        out.append(item + (source_of(path.name),) if with_source else item)
    return out


def count_sources(names):
    """'alpr 671 + pcp 280' for a list of source names."""
    c = Counter(names)
    return " + ".join(f"{k} {v}" for k, v in sorted(c.items())) + f" = {sum(c.values())}"
