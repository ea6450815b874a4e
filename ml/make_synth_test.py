"""Writes the fixed synthetic test set (seeded, so it is identical on every machine) to
ml/cache/synth-test/: crops/ and scenes/ plus labels.csv in anpr-dev's format."""
import csv

import cv2
import numpy as np

from anpr.augment import degrade
from anpr.paths import CACHE
from anpr.real_data import load_scenes
from anpr.synth_scene import load_backgrounds, paste_into_scene, synth_crop

OUT = CACHE / "synth-test"
SEED = 20261125
# The set is drawn from anpr-data's first release only (its `alpr_*` scenes), so it stays the same set
# as the data grows (the `pcp_*` scenes added for issue 9 would change every draw after them).
SOURCES = ("alpr",)


def write_crops(rows, rng, backgrounds, n):
    for i in range(n):
        img, _, text = synth_crop(backgrounds, rng)
        name = f"crops/synth_{i:04d}.jpg"
        cv2.imwrite(str(OUT / name), degrade(img, rng)[:, :, ::-1])
        rows.append([name, "crop", text, "", "", "", ""])


def write_scenes(rows, rng, scenes, rounds):
    """anpr-data's validation scenes with synthetic plates added; their real plates stay box-only."""
    for r in range(rounds):
        for i, (img, boxes) in enumerate(scenes):
            out, _, added = paste_into_scene(img, boxes, rng)
            name = f"scenes/synth_{r}_{i:03d}.jpg"
            cv2.imwrite(str(OUT / name), degrade(out, rng, 0.5)[:, :, ::-1])
            rows += [[name, "scene", "", *np.round(b).astype(int).tolist()] for b in boxes]
            rows += [[name, "scene", text, *np.round(box).astype(int).tolist()] for box, _, text in added]


def main():
    rng = np.random.default_rng(SEED)
    (OUT / "crops").mkdir(parents=True, exist_ok=True)
    (OUT / "scenes").mkdir(parents=True, exist_ok=True)
    rows = []
    write_crops(rows, rng, load_backgrounds(SOURCES), 300)
    write_scenes(rows, rng, load_scenes("val", SOURCES), 2)
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "kind", "plate_text", "x1", "y1", "x2", "y2"])
        writer.writerows(rows)
    print(f"{len(rows)} labels in {OUT}")


if __name__ == "__main__":
    main()
