"""Exports trained checkpoints to ONNX (opset 17, fixed batch 1) under public/models/."""
import argparse

import onnx
import torch

from anpr.detector_model import INPUT_SIZE, PlateDetector
from anpr.flops import count_macs
from anpr.paths import MODELS, RUNS
from anpr.reader_model import INPUT_H, INPUT_W, PlateReader


def load(model, checkpoint):
    model.load_state_dict(torch.load(checkpoint, map_location="cpu"))
    return model.eval()


def export(model, shape, input_name, output_name, path):
    torch.onnx.export(model, torch.zeros(*shape), str(path), opset_version=17,
                      input_names=[input_name], output_names=[output_name], do_constant_folding=True)
    onnx.checker.check_model(onnx.load(str(path)))
    print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {count_macs(model, shape) * 2 / 1e9:.3f} GFLOPs")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reader-run", default="reader")
    ap.add_argument("--detector-run", default="detector")
    ap.add_argument("--only", choices=["reader", "detector"])
    args = ap.parse_args()
    MODELS.mkdir(parents=True, exist_ok=True)
    if args.only != "detector":
        reader = load(PlateReader(), RUNS / args.reader_run / "best.pt")
        export(reader, (1, 3, INPUT_H, INPUT_W), "image", "logits", MODELS / "plate-reader.onnx")
    if args.only != "reader":
        detector = load(PlateDetector(), RUNS / args.detector_run / "best.pt")
        export(detector, (1, 3, INPUT_SIZE, INPUT_SIZE), "image", "cells", MODELS / "plate-detector.onnx")


if __name__ == "__main__":
    main()
