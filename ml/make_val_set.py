"""Writes anpr-data's held-out split (labels as corrected in label-corrections.csv) (plate texts and scene numbers never trained on) to
ml/cache/val-set/ in anpr-dev's format, so thresholds are tuned with the same evaluator (not on anpr-dev)."""
import csv
import shutil

from anpr.paths import CACHE, DATA
from anpr.real_data import crop_rows, is_validation_scene, load_scenes

OUT = CACHE / "val-set"


def main():
    (OUT / "crops").mkdir(parents=True, exist_ok=True)
    (OUT / "scenes").mkdir(parents=True, exist_ok=True)
    rows = []
    for row in crop_rows("val"):
        shutil.copy(DATA / "read" / "images" / row["file"], OUT / "crops" / row["file"])
        rows.append([f"crops/{row['file']}", "crop", row["plate_text"], "", "", "", ""])
    names = sorted(p.name for p in (DATA / "detect" / "images").glob("*.jpg") if is_validation_scene(p.name))
    for name, (_, boxes) in zip(names, load_scenes("val")):
        shutil.copy(DATA / "detect" / "images" / name, OUT / "scenes" / name)
        rows += [[f"scenes/{name}", "scene", "", *[round(float(v)) for v in b]] for b in boxes]
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "kind", "plate_text", "x1", "y1", "x2", "y2"])
        writer.writerows(rows)
    print(f"{len(rows)} labels in {OUT}")


if __name__ == "__main__":
    main()
