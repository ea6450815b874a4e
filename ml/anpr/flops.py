"""Multiply-accumulate count of a model's convolutions and linear layers (FLOPs = 2 x MACs)."""
import torch
from torch import nn


def count_macs(model, shape):
    macs = []

    def hook(mod, inp, out):
        w = mod.weight
        macs.append(out.numel() * w[0].numel() if isinstance(mod, nn.Conv2d) else w.numel())

    hooks = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    model.eval()
    with torch.no_grad():
        model(torch.zeros(*shape))
    for h in hooks:
        h.remove()
    return sum(macs)
