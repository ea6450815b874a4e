"""Plate detector: a tiny anchor-free single-stage (YOLO/FCOS-style) network.

Input  float32 [N,3,416,416], RGB in [0,1], the frame letterboxed (gray 114 padding).
Output float32 [N,52*52,5] per stride-8 cell, row-major: objectness logit, then
       l, t, r, b distances from the cell centre in input pixels.
Decoding and NMS run outside the model (lib/anpr/decode-detections.ts, anpr/detector_decode.py).
"""
import torch
from torch import nn
from torch.nn import functional as F

INPUT_SIZE = 416
STRIDE = 8
GRID = INPUT_SIZE // STRIDE


def conv_bn(cin, cout, stride=1, kernel=3, groups=1):
    return nn.Sequential(nn.Conv2d(cin, cout, kernel, stride, kernel // 2, groups=groups, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


def separable(c):
    """Depthwise 3x3 + pointwise with a residual: cheap capacity at one resolution."""
    return nn.Sequential(conv_bn(c, c, groups=c), conv_bn(c, c, kernel=1))


class Residual(nn.Module):
    def __init__(self, block):
        super().__init__()
        self.block = block

    def forward(self, x):
        return x + self.block(x)


class PlateDetector(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(conv_bn(3, 16, 2), conv_bn(16, 32, 2), Residual(separable(32)))  # /4
        self.s8 = nn.Sequential(conv_bn(32, 64, 2), Residual(separable(64)), Residual(separable(64)))
        self.s16 = nn.Sequential(conv_bn(64, 96, 2), Residual(separable(96)), Residual(separable(96)))
        self.s32 = nn.Sequential(conv_bn(96, 128, 2), Residual(separable(128)))
        self.lat16 = conv_bn(96 + 128, 96, kernel=1)
        self.lat8 = conv_bn(64 + 96, 64, kernel=1)
        self.neck = nn.Sequential(Residual(separable(64)), Residual(separable(64)))
        self.head = nn.Conv2d(64, 5, 1)
        nn.init.constant_(self.head.bias[0], -4.0)

    def forward(self, x):
        x = (x - 0.5) / 0.25
        p8 = self.s8(self.stem(x))
        p16 = self.s16(p8)
        p32 = self.s32(p16)
        p16 = self.lat16(torch.cat([p16, F.interpolate(p32, scale_factor=2.0, mode="nearest")], 1))
        p8 = self.neck(self.lat8(torch.cat([p8, F.interpolate(p16, scale_factor=2.0, mode="nearest")], 1)))
        out = self.head(p8)
        # Centre offset and size, so a cell can also predict a plate thinner than the stride
        # whose centre misses the cell centre; exported as l, t, r, b (which may be negative).
        offset = out[:, 1:3] * STRIDE
        half = torch.exp(out[:, 3:5].clamp(-4, 4)) * STRIDE
        ltrb = torch.cat([half - offset, half + offset], 1)
        return torch.cat([out[:, :1], ltrb], 1).flatten(2).transpose(1, 2)

