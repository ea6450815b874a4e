"""Trains the plate reader (CTC) with small committed checkpoints; see ml/README.md for the commands.

Resumable anywhere: `--resume` continues from ml/checkpoints/reader-v2.pt (see anpr/trainer.py)."""
import argparse

import numpy as np
import torch

from anpr import ctc, trainer
from anpr.real_data import count_sources
from anpr.reader_data import ReaderDataset
from anpr.reader_model import PlateReader
from anpr.reader_sources import parse_repeats, training_items, validation_items

AUTO = 0.995  # the auto-submit confidence of lib/anpr/thresholds.ts


def make_evaluate(val_items):
    """Held-out metrics of the constrained decoder: exact plates and characters (overall and for the
    first-release sources `old` = alpr+rf vs the hand-checked `pas` crops), and at confidence >= AUTO the
    share auto-submitted and the share confidently wrong."""
    x = torch.stack([ReaderDataset([it[:3]], augment=False)[0][0] for it in val_items])
    y = np.array([it[2] for it in val_items])
    group = np.array(["pas" if it[3] == "pas" else "old" for it in val_items])

    def evaluate(model):
        model.eval()
        with torch.no_grad():
            logits = torch.cat([model(x[i:i + 128]) for i in range(0, len(x), 128)]).numpy()
        decoded = [ctc.decode(lg) for lg in logits]
        pred = np.array([d[0] for d in decoded])
        conf = np.array([float(np.prod(d[1])) for d in decoded])
        exact = (pred == y).all(1)
        out = {"exact": float(exact.mean()), "char": float((pred == y).mean())}
        for g in ("old", "pas"):
            out[f"exact {g}"] = float(exact[group == g].mean())
        out["auto"] = float((conf >= AUTO).mean())
        out["conf. wrong"] = float(((conf >= AUTO) & ~exact).mean())
        return out
    return evaluate


def main():
    ap = argparse.ArgumentParser()
    trainer.add_common_args(ap, "reader", epochs=30, lr=1.5e-3, batch_size=64)
    ap.add_argument("--synth", type=int, default=0, help="synthetic plates mixed in per epoch")
    ap.add_argument("--real-repeat", type=int, default=1, help="times each real crop appears per epoch")
    ap.add_argument("--source-repeat", default="", help="per-source repeats overriding --real-repeat, e.g. pas=4")
    args, meta = trainer.resolve_args(ap)
    torch.set_num_threads(args.threads)

    lines = []
    items = training_items(args.synth, args.real_repeat, parse_repeats(args.source_repeat), lines)
    train = ReaderDataset(items, augment=True)
    val = validation_items(with_source=True)
    lines.append(f"held-out crops (by plate text): {count_sources([it[3] for it in val])}")

    def loss_fn(model, batch):
        x, y = batch
        return ctc.ctc_loss(model(x), y)

    def collate(samples):
        return torch.stack([s[0] for s in samples]), torch.stack([s[1] for s in samples])

    def calibration():
        return collate([train[i] for i in np.random.default_rng(1).choice(len(train), 256, replace=False)])[0]

    trainer.train("reader", args, meta, PlateReader(), train, collate, loss_fn, make_evaluate(val), "exact",
                  lines, calibration, weight_decay=1e-3, pct_start=0.3)


if __name__ == "__main__":
    main()
