"""Plate reader: a small CNN that scores every column of the crop for CTC decoding.

Input  float32 [N,3,40,160], RGB in [0,1], the plate crop stretched to the input size.
Output float32 [N,40,38] logits per column: the 37 plate classes of charset.CLASSES, then blank.
The plate-constrained decoder (anpr/ctc.py, lib/anpr/ctc-decode.ts) turns them into 8 characters.
"""
from torch import nn

from .charset import CLASSES

INPUT_H, INPUT_W = 40, 160


def conv_bn(cin, cout, kernel=3, padding=1):
    return nn.Sequential(nn.Conv2d(cin, cout, kernel, padding=padding, bias=False),
                         nn.BatchNorm2d(cout), nn.ReLU(inplace=True))


class PlateReader(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            conv_bn(3, 16), nn.MaxPool2d(2),                        # 20x80
            conv_bn(16, 32), nn.MaxPool2d(2),                       # 10x40
            conv_bn(32, 64), conv_bn(64, 64), nn.MaxPool2d((2, 1)),  # 5x40
            conv_bn(64, 96), conv_bn(96, 128, (5, 1), 0),            # 1x40
            conv_bn(128, 128, (1, 5), (0, 2)), conv_bn(128, 128, (1, 5), (0, 2)),
        )
        self.classifier = nn.Sequential(nn.Dropout(0.2), nn.Conv2d(128, len(CLASSES) + 1, 1))

    def forward(self, x):
        x = (x - 0.5) / 0.25
        return self.classifier(self.features(x)).squeeze(2).transpose(1, 2)
