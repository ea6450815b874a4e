"""Plate reader: a small CNN with 8 fixed character slots (2 digits, letter, 3 digits, 2 region digits).

Input  float32 [N,3,40,160], RGB in [0,1], the plate crop stretched to the input size.
Output float32 [N,8,37] logits; slot 2 is the letter, the others are digits (see charset.CLASSES).
"""
import torch
from torch import nn

from .charset import CLASSES, NUM_SLOTS

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
            conv_bn(128, 24, 1, 0),
        )
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.2),
                                  nn.Linear(24 * INPUT_W // 4, NUM_SLOTS * len(CLASSES)))

    def forward(self, x):
        x = (x - 0.5) / 0.25
        return self.head(self.features(x)).view(-1, NUM_SLOTS, len(CLASSES))


def slot_masks():
    """[8,37] additive mask: -inf where a class cannot appear in a slot."""
    from .charset import slot_mask
    m = torch.tensor([slot_mask(s) for s in range(NUM_SLOTS)])
    return torch.where(m, 0.0, float("-inf"))


class PlateReaderCtc(nn.Module):
    """Same backbone; per-column class scores for CTC (blank is the last class), so characters
    may sit anywhere along the crop. Output float32 [N,40,38] logits."""

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
