"""Trains the plate detector. Resumable: rerun with --resume to continue from ml/runs/<run>/last.pt."""
import argparse
import json
import time

import numpy as np
import torch

from anpr.detector_data import DetectorDataset, collate
from anpr.detector_decode import decode, match
from anpr.detector_model import PlateDetector
from anpr.detector_targets import detection_loss
from anpr.paths import RUNS
from anpr.real_data import load_scenes


def evaluate(model, dataset):
    model.eval()
    tp = n_pred = n_gt = 0
    with torch.no_grad():
        for i in range(len(dataset)):
            x, gt = dataset[i]
            boxes, _ = decode(model(x[None])[0].numpy())
            t, p, g, _ = match(boxes, gt.numpy())
            tp, n_pred, n_gt = tp + t, n_pred + p, n_gt + g
    return {"recall": tp / max(n_gt, 1), "precision": tp / max(n_pred, 1)}


def make_paste(use_synth):
    if not use_synth:
        return None
    from anpr.synth_scene import make_paster  # only synthetic runs need the generator and fonts
    return make_paster()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="detector")
    ap.add_argument("--epochs", type=int, default=60)
    ap.add_argument("--synth", action="store_true", help="paste rendered plates into half of the scenes")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--resume", action="store_true", help="continue this run's schedule from last.pt")
    ap.add_argument("--init", help="start a new schedule from these weights (e.g. another run's best.pt)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    out = RUNS / args.run
    out.mkdir(parents=True, exist_ok=True)

    train = DetectorDataset(load_scenes("train"), augment=True, paste=make_paste(args.synth))
    val = DetectorDataset(load_scenes("val"), augment=False)
    loader = torch.utils.data.DataLoader(train, batch_size=16, shuffle=True, drop_last=True, collate_fn=collate)
    model = PlateDetector()
    opt = torch.optim.AdamW(model.parameters(), lr=4e-3, weight_decay=5e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, 4e-3, total_steps=args.epochs * len(loader), pct_start=0.15)
    start, best = 0, -1.0
    if args.init:
        model.load_state_dict(torch.load(args.init))
    if args.resume and (out / "last.pt").exists():
        ck = torch.load(out / "last.pt")
        model.load_state_dict(ck["model"]); opt.load_state_dict(ck["opt"]); sched.load_state_dict(ck["sched"])
        start, best = ck["epoch"] + 1, ck["best"]

    for epoch in range(start, args.epochs):
        model.train()
        t0, losses = time.time(), []
        for x, boxes in loader:
            loss = detection_loss(model(x), boxes)
            opt.zero_grad(); loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 10.0)
            opt.step(); sched.step()
            losses.append(loss.item())
        metrics = evaluate(model, val)
        score = metrics["recall"] + metrics["precision"]
        if score > best:
            best = score
            torch.save(model.state_dict(), out / "best.pt")
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                    "epoch": epoch, "best": best}, out / "last.pt")
        print(json.dumps({"epoch": epoch, "loss": float(np.mean(losses)), **metrics, "best": best,
                          "s": time.time() - t0}), flush=True)


if __name__ == "__main__":
    main()
