"""Trains the plate reader (CTC). Resumable: rerun with --resume to continue from ml/runs/<run>/last.pt."""
import argparse
import json
import time

import torch

from anpr import ctc
from anpr.paths import RUNS
from anpr.reader_data import ReaderDataset
from anpr.reader_model import PlateReader
from anpr.reader_sources import training_items, validation_items


def evaluate(model, loader):
    """Exact-plate and character accuracy of the constrained decoder on the validation crops."""
    model.eval()
    exact = chars = n = 0
    with torch.no_grad():
        for x, y in loader:
            pred = torch.tensor([ctc.decode(logits)[0] for logits in model(x).numpy()])
            exact += (pred == y).all(1).sum().item()
            chars += (pred == y).sum().item()
            n += len(y)
    return {"exact": exact / n, "char": chars / (8 * n)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="reader")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--synth", type=int, default=0, help="synthetic plates mixed in per epoch")
    ap.add_argument("--real-repeat", type=int, default=1, help="times each real crop appears per epoch")
    ap.add_argument("--lr", type=float, default=3e-3, help="peak learning rate of the one-cycle schedule")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--resume", action="store_true", help="continue this run's schedule from last.pt")
    ap.add_argument("--init", help="start a new schedule from these weights (e.g. another run's best.pt)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    out = RUNS / args.run
    out.mkdir(parents=True, exist_ok=True)

    train = ReaderDataset(training_items(args.synth, args.real_repeat), augment=True)
    val = ReaderDataset(validation_items(), augment=False)
    loader = torch.utils.data.DataLoader(train, batch_size=64, shuffle=True, drop_last=True)
    val_loader = torch.utils.data.DataLoader(val, batch_size=128)
    model = PlateReader()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=1e-3)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, args.lr, total_steps=args.epochs * len(loader))
    start, best = 0, -1.0
    if args.init:
        model.load_state_dict(torch.load(args.init))
    if args.resume and (out / "last.pt").exists():
        ck = torch.load(out / "last.pt")
        model.load_state_dict(ck["model"]); opt.load_state_dict(ck["opt"]); sched.load_state_dict(ck["sched"])
        start, best = ck["epoch"] + 1, ck["best"]

    for epoch in range(start, args.epochs):
        model.train()
        t0, total = time.time(), 0.0
        for x, y in loader:
            loss = ctc.ctc_loss(model(x), y)
            opt.zero_grad(); loss.backward(); opt.step(); sched.step()
            total += loss.item()
        metrics = evaluate(model, val_loader)
        if metrics["exact"] > best:
            best = metrics["exact"]
            torch.save(model.state_dict(), out / "best.pt")
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(),
                    "epoch": epoch, "best": best}, out / "last.pt")
        line = {"epoch": epoch, "loss": total / len(loader), **metrics, "best": best, "s": time.time() - t0}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
