"""Exports trained weights to ONNX (opset 17, fixed batch 1), by default under public/models/.

Weights come from a committed checkpoint (--reader-ckpt / --detector-ckpt, e.g. checkpoints/reader-v2-best.pt;
fp16 is loaded back to fp32) or from an old run's ml/runs/<run>/best.pt (--reader-run / --detector-run).
Use --out-dir to write somewhere else than the shipped models."""
import argparse
from pathlib import Path

import onnx
import torch

from anpr import checkpoint
from anpr.detector_model import INPUT_SIZE, PlateDetector
from anpr.flops import count_macs
from anpr.paths import MODELS, RUNS
from anpr.reader_model import INPUT_H, INPUT_W, PlateReader


def load(model, path):
    state, _ = checkpoint.load(path)
    model.load_state_dict(state)
    return model.eval()


def export(model, shape, input_name, output_name, path, dynamic_axes=None):
    torch.onnx.export(model, torch.zeros(*shape), str(path), opset_version=17, dynamic_axes=dynamic_axes,
                      input_names=[input_name], output_names=[output_name], do_constant_folding=True)
    onnx.checker.check_model(onnx.load(str(path)))
    print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {count_macs(model, shape) * 2 / 1e9:.3f} GFLOPs")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reader-run", default="reader")
    ap.add_argument("--detector-run", default="detector")
    ap.add_argument("--reader-ckpt", help="checkpoint file (overrides --reader-run)")
    ap.add_argument("--detector-ckpt", help="checkpoint file (overrides --detector-run)")
    ap.add_argument("--only", choices=["reader", "detector"])
    ap.add_argument("--out-dir", default=str(MODELS))
    args = ap.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if args.only != "detector":
        reader = load(PlateReader(), args.reader_ckpt or RUNS / args.reader_run / "best.pt")
        export(reader, (1, 3, INPUT_H, INPUT_W), "image", "logits", out / "plate-reader.onnx")
    if args.only != "reader":
        detector = load(PlateDetector(), args.detector_ckpt or RUNS / args.detector_run / "best.pt")
        # Height and width are free (multiples of 32): the page sizes the input to the camera's aspect.
        export(detector, (1, 3, INPUT_SIZE, INPUT_SIZE), "image", "cells", out / "plate-detector.onnx",
               dynamic_axes={"image": {2: "height", 3: "width"}, "cells": {1: "cells"}})


if __name__ == "__main__":
    main()
