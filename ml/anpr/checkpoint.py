"""Small weights-only checkpoints that are committed to git (ml/checkpoints/), so a run resumes on any machine.

A checkpoint is {"model": state_dict with float tensors in fp16, "meta": plain data}: no optimizer state
(AdamW's moments would triple the size), so a resumed run restarts them with a short learning-rate ramp.
"meta" holds what the schedule needs: epochs done, steps into the current epoch, total steps, the run's
arguments, best held-out score and metrics, cumulative training seconds.
"""
import os
from pathlib import Path

import torch


def save(path, model, meta):
    """Writes atomically (temp file + rename), so a kill mid-write never leaves a broken checkpoint."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    state = {k: (v.detach().half() if v.is_floating_point() else v.detach()).clone()
             for k, v in model.state_dict().items()}
    tmp = path.with_name(path.name + ".tmp")
    torch.save({"model": state, "meta": meta}, tmp)
    os.replace(tmp, path)


def load(path):
    """Returns (fp32 state_dict, meta). Also accepts a plain state_dict (an old runs/<run>/best.pt)."""
    ck = torch.load(path, map_location="cpu")
    state, meta = (ck["model"], ck.get("meta", {})) if "model" in ck and isinstance(ck["model"], dict) else (ck, {})
    return {k: (v.float() if v.is_floating_point() else v) for k, v in state.items()}, meta
