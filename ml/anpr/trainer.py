"""The training loop shared by train_reader.py and train_detector.py: one-cycle schedule, small committed
checkpoints (anpr/checkpoint.py) every epoch and every few minutes, exact mid-epoch resume, and the
committed log (anpr/train_log.py).

Resume: `--resume` reloads --ckpt (default ml/checkpoints/<model>-v2.pt) and the training arguments saved
in it (schedule, data options), then continues at the saved epoch and step. The batch order of an epoch is a
permutation seeded by (seed, epoch), so the batches already done are skipped, not repeated. The optimizer
state is not saved, so the learning rate ramps up again over the first RESUME_RAMP steps after a resume.
"""
import argparse
import json
import math
import shlex
import signal
import sys
import time

import cv2
import numpy as np
import torch

from . import checkpoint
from pathlib import Path

from .paths import ML_DIR, MODELS, REPO, RUNS
from .train_log import LOG, RunLog

RESUME_RAMP = 200
# Options that control this process only; everything else is restored from the checkpoint on --resume.
LOCAL = {"resume", "ckpt", "threads", "ckpt_minutes", "max_minutes", "log", "run", "init"}


def add_common_args(ap, model_name, epochs, lr, batch_size):
    ap.add_argument("--run", default=f"{model_name}-v2", help="name in the log; stdout log goes to ml/runs/<run>/")
    ap.add_argument("--epochs", type=int, default=epochs)
    ap.add_argument("--lr", type=float, default=lr, help="peak learning rate of the one-cycle schedule")
    ap.add_argument("--batch-size", type=int, default=batch_size)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--init", help="start a new schedule from weights: 'shipped' (public/models ONNX), an .onnx, "
                                   "or a .pt (checkpoint or plain state_dict)")
    ap.add_argument("--resume", action="store_true", help="continue the schedule saved in --ckpt")
    ap.add_argument("--ckpt", default=str(ML_DIR / "checkpoints" / f"{model_name}-v2.pt"),
                    help="latest checkpoint (committed); the best held-out epoch goes to <ckpt>-best.pt")
    ap.add_argument("--ckpt-minutes", type=float, default=10.0, help="also checkpoint mid-epoch this often")
    ap.add_argument("--max-minutes", type=float, default=0, help="checkpoint and stop after this long (0 = never)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--log", default=str(LOG), help="markdown training log to update (committed)")


def resolve_args(ap):
    """Parses the command line; with --resume, the saved training arguments replace the given ones."""
    args = ap.parse_args()
    meta = {}
    if args.resume:
        _, meta = checkpoint.load(args.ckpt)
        saved = meta.get("args", {})
        changed = {k: (getattr(args, k), v) for k, v in saved.items()
                   if k not in LOCAL and hasattr(args, k) and getattr(args, k) != v}
        for k, v in saved.items():
            if k not in LOCAL:
                setattr(args, k, v)
        if changed:
            print(f"resume: using the checkpoint's arguments {json.dumps({k: v[1] for k, v in changed.items()})}",
                  flush=True)
    return args, meta


def rel(path):
    """A path as the log shows it: relative to the repository when inside it."""
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def best_path(ckpt):
    return str(ckpt)[:-3] + "-best.pt" if str(ckpt).endswith(".pt") else str(ckpt) + "-best"


def one_cycle(progress, peak, pct_start):
    """(lr, beta1) of torch's OneCycleLR (cosine, div_factor 25, final_div_factor 1e4, momentum 0.85-0.95)."""
    def cos(a, b, f):
        return b + (a - b) / 2 * (1 + math.cos(math.pi * min(max(f, 0.0), 1.0)))
    if progress < pct_start:
        f = progress / pct_start
        return cos(peak / 25, peak, f), cos(0.95, 0.85, f)
    f = (progress - pct_start) / (1 - pct_start)
    return cos(peak, peak / 25 / 1e4, f), cos(0.85, 0.95, f)


def shipped_onnx(name):
    return MODELS / {"reader": "plate-reader.onnx", "detector": "plate-detector.onnx"}[name]


def initialise(model, init, name, calibration):
    """Loads --init weights into model; returns a description for the log."""
    if init == "shipped" or (init and init.endswith(".onnx")):
        from .onnx_init import load_from_onnx
        path = shipped_onnx(name) if init == "shipped" else init
        load_from_onnx(model, path, calibration())
        return f"weights recovered from {rel(path)} (BatchNorm re-calibrated on training samples)"
    state, meta = checkpoint.load(init)
    model.load_state_dict(state)
    return f"weights from {rel(init)}" + (f" (epoch {meta.get('epoch')})" if meta else "")


def train(name, args, meta, model, train_set, collate, loss_fn, evaluate, score_key, data_lines,
          calibration, weight_decay, pct_start, clip=None):
    """evaluate(model) -> dict of held-out metrics (score_key among them); loss_fn(model, batch) -> loss."""
    torch.set_num_threads(args.threads)
    cv2.setNumThreads(args.threads)  # the augmentation's OpenCV calls too, so a 1-thread run uses one core
    torch.manual_seed(args.seed)
    (RUNS / args.run).mkdir(parents=True, exist_ok=True)
    bs = args.batch_size
    steps_per_epoch = len(train_set) // bs
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=weight_decay)

    if args.resume:
        state, _ = checkpoint.load(args.ckpt)
        model.load_state_dict(state)
        origin = f"resumed from {rel(args.ckpt)} at epoch {meta['epoch']} step {meta['step']}"
        if meta.get("steps_per_epoch") != steps_per_epoch:
            print(f"warning: {steps_per_epoch} steps per epoch now, {meta.get('steps_per_epoch')} when saved "
                  "(data changed); the schedule follows the saved total steps", flush=True)
    else:
        origin = initialise(model, args.init, name, calibration) if args.init else "random initialisation"
        meta = {"epoch": 0, "step": 0, "total_steps": args.epochs * steps_per_epoch, "best": -1.0,
                "best_metrics": None, "wall_s": 0.0, "history": []}
    meta["args"] = {k: v for k, v in vars(args).items() if k not in LOCAL or k == "init"}
    meta["steps_per_epoch"] = steps_per_epoch
    total_steps = meta["total_steps"]
    command = "/usr/bin/python3 " + " ".join(shlex.quote(a) for a in [sys.argv[0].split("/")[-1], *sys.argv[1:]])
    log = RunLog(args.run, command, [*data_lines, f"start: {origin}",
                                     f"schedule: {args.epochs} epochs x {steps_per_epoch} steps of {bs}, one-cycle "
                                     f"peak lr {args.lr}, checkpoint {rel(args.ckpt)}"], args.log)
    print(origin, flush=True)
    for line in data_lines:
        print(line, flush=True)

    if not args.resume:
        t0 = time.time()
        metrics = evaluate(model)
        print(json.dumps({"epoch": 0, "held_out": metrics, "s": round(time.time() - t0, 1)}), flush=True)
        meta["best"], meta["best_metrics"] = metrics[score_key], {"epoch": 0, **metrics}
        checkpoint.save(best_path(args.ckpt), model, meta)  # the starting point is the best until beaten
        log.epoch(row(0, 0, None, None, metrics, 0, meta))
    else:
        log.write()

    def save(path=args.ckpt):
        checkpoint.save(path, model, meta)

    def on_term(*_):
        raise KeyboardInterrupt  # kill (SIGTERM) checkpoints the exact step before exiting
    signal.signal(signal.SIGTERM, on_term)
    start_time = last_ckpt = time.time()
    resume_step = meta["epoch"] * steps_per_epoch + meta["step"]
    wall_at_start = meta["wall_s"]
    stopped = False
    try:
        while meta["epoch"] < args.epochs and not stopped:
            epoch, first = meta["epoch"], meta["step"]
            perm = torch.randperm(len(train_set), generator=torch.Generator().manual_seed(args.seed * 100003 + epoch))
            train_set.rng = np.random.default_rng([args.seed, epoch, first])
            model.train()
            t_epoch, losses = time.time(), []
            for s in range(first, steps_per_epoch):
                g = epoch * steps_per_epoch + s
                lr, beta1 = one_cycle(min(g / total_steps, 1.0), args.lr, pct_start)
                if args.resume:
                    lr *= min(1.0, (g - resume_step + 1) / RESUME_RAMP)
                for group in opt.param_groups:
                    group["lr"], group["betas"] = lr, (beta1, group["betas"][1])
                batch = collate([train_set[int(i)] for i in perm[s * bs:(s + 1) * bs]])
                loss = loss_fn(model, batch)
                opt.zero_grad()
                loss.backward()
                if clip:
                    torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
                opt.step()
                losses.append(loss.item())
                meta["step"] = s + 1
                meta["wall_s"] = wall_at_start + time.time() - start_time
                if (s + 1) % 20 == 0:
                    print(json.dumps({"epoch": epoch, "step": s + 1, "of": steps_per_epoch,
                                      "loss": round(float(np.mean(losses[-20:])), 4), "lr": round(lr, 6),
                                      "s_per_step": round((time.time() - t_epoch) / len(losses), 2)}), flush=True)
                if time.time() - last_ckpt > args.ckpt_minutes * 60:
                    save()
                    last_ckpt = time.time()
                if args.max_minutes and time.time() - start_time > args.max_minutes * 60:
                    stopped = True
                    break
            if stopped:
                break
            meta["epoch"], meta["step"] = epoch + 1, 0
            metrics = evaluate(model)
            meta["wall_s"] = wall_at_start + time.time() - start_time
            meta["history"].append({"epoch": epoch + 1, "loss": float(np.mean(losses)), **metrics})
            if metrics[score_key] > meta["best"]:
                meta["best"], meta["best_metrics"] = metrics[score_key], {"epoch": epoch + 1, **metrics}
                save(best_path(args.ckpt))
            save()
            last_ckpt = time.time()
            print(json.dumps({"epoch": epoch + 1, "loss": float(np.mean(losses)), "held_out": metrics,
                              "best": meta["best"], "s": round(time.time() - t_epoch, 1)}), flush=True)
            log.epoch(row(epoch + 1, steps_per_epoch - first, np.mean(losses), lr, metrics,
                          time.time() - t_epoch, meta))
    except KeyboardInterrupt:
        stopped = True
    finally:
        save()
        done = meta["epoch"] >= args.epochs
        log.finish(("finished" if done else f"stopped at epoch {meta['epoch']} step {meta['step']}")
                   + f", best {score_key} {meta['best']:.4f}" + (f" at epoch {meta['best_metrics']['epoch']}"
                                                                   if meta.get("best_metrics") else ""))


def row(epoch, steps, loss, lr, metrics, seconds, meta):
    out = {"epoch": epoch, "steps": steps, "train loss": "" if loss is None else f"{loss:.4f}",
           "lr": "" if lr is None else f"{lr:.2e}"}
    out.update({k: (f"{v:.4f}" if isinstance(v, float) else v) for k, v in metrics.items()})
    out.update({"epoch min": f"{seconds / 60:.1f}", "total h": f"{meta['wall_s'] / 3600:.2f}",
                "at": time.strftime("%m-%d %H:%M", time.gmtime())})
    return out
