"""Trains the plate detector with small committed checkpoints; see ml/README.md for the commands.

Resumable anywhere: `--resume` continues from ml/checkpoints/detector-v2.pt (see anpr/trainer.py)."""
import argparse

import numpy as np
import torch

from anpr import trainer
from anpr.detector_data import DetectorDataset, collate
from anpr.detector_decode import decode, match
from anpr.detector_model import PlateDetector
from anpr.detector_targets import detection_loss
from anpr.real_data import count_sources, load_scenes


def make_evaluate(scenes):
    """Recall and precision at IoU 0.5 (score 0.4, NMS 0.45, as shipped) on the held-out scenes, overall and
    per source (`alpr` = first release, `pcp` = the phone photos of parked cars)."""
    data = DetectorDataset([s[:2] for s in scenes], augment=False)
    sources = [s[2] for s in scenes]

    def evaluate(model):
        model.eval()
        counts = {}
        with torch.no_grad():
            for i in range(len(data)):
                x, gt = data[i]
                boxes, _ = decode(model(x[None])[0].numpy())
                tp, n_pred, n_gt, _ = match(boxes, gt.numpy())
                for key in ("all", sources[i]):
                    c = counts.setdefault(key, [0, 0, 0])
                    c[0] += tp; c[1] += n_pred; c[2] += n_gt
        out = {}
        for key, (tp, n_pred, n_gt) in counts.items():
            suffix = "" if key == "all" else f" {key}"
            out[f"recall{suffix}"] = tp / max(n_gt, 1)
            out[f"precision{suffix}"] = tp / max(n_pred, 1)
        out["score"] = out["recall"] + out["precision"]
        return out
    return evaluate


def make_paste(use_synth):
    if not use_synth:
        return None
    from anpr.synth_scene import make_paster  # only synthetic runs need the generator and fonts
    return make_paster()


def main():
    ap = argparse.ArgumentParser()
    trainer.add_common_args(ap, "detector", epochs=60, lr=2e-3, batch_size=16)
    ap.add_argument("--synth", action="store_true", help="paste rendered plates into half of the scenes")
    args, meta = trainer.resolve_args(ap)
    torch.set_num_threads(args.threads)

    scenes = load_scenes("train", with_source=True)
    val = load_scenes("val", with_source=True)
    train = DetectorDataset([s[:2] for s in scenes], augment=True, paste=make_paste(args.synth))
    lines = [f"train scenes: {count_sources([s[2] for s in scenes])}, "
             f"{sum(len(s[1]) for s in scenes)} boxes" + (", synthetic plates pasted into half" if args.synth else ""),
             f"held-out scenes (blocks of 20 numbers): {count_sources([s[2] for s in val])}, "
             f"{sum(len(s[1]) for s in val)} boxes"]

    def loss_fn(model, batch):
        x, boxes = batch
        return detection_loss(model(x), boxes)

    def calibration():
        return collate([train[i] for i in np.random.default_rng(1).choice(len(train), 48, replace=False)])[0]

    trainer.train("detector", args, meta, PlateDetector(), train, collate, loss_fn, make_evaluate(val), "score",
                  lines, calibration, weight_decay=5e-4, pct_start=0.15, clip=10.0)


if __name__ == "__main__":
    main()
