"""Reader training samples: a plate image plus its four corners, warped to the reader input with jitter."""
import cv2
import numpy as np
import torch

from .augment import degrade
from .reader_model import INPUT_H, INPUT_W

OUT_CORNERS = np.float32([[0, 0], [INPUT_W, 0], [INPUT_W, INPUT_H], [0, INPUT_H]])


def full_corners(img):
    h, w = img.shape[:2]
    return np.float32([[0, 0], [w, 0], [w, h], [0, h]])


def jitter_corners(corners, rng, loose=0.07, tight=0.015):
    """Moves each corner in or out, like a detector box that is a little off or an unrectified view."""
    w = np.linalg.norm(corners[1] - corners[0])
    h = np.linalg.norm(corners[3] - corners[0])
    dx = rng.uniform(-loose, tight, 4) * w
    dy = rng.uniform(-2.5 * loose, 2.5 * tight, 4) * h
    sign_x = np.float32([1, -1, -1, 1])
    sign_y = np.float32([1, 1, -1, -1])
    out = corners.copy()
    out[:, 0] += sign_x * dx + rng.normal(0, 0.006 * w, 4)
    out[:, 1] += sign_y * dy + rng.normal(0, 0.03 * h, 4)
    return out.astype(np.float32)


def warp_plate(img, corners):
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), OUT_CORNERS)
    return cv2.warpPerspective(img, m, (INPUT_W, INPUT_H), flags=cv2.INTER_AREA,
                               borderMode=cv2.BORDER_REPLICATE)


def to_tensor(img):
    return torch.from_numpy(img).permute(2, 0, 1).float() / 255.0


class ReaderDataset(torch.utils.data.Dataset):
    """items: [(rgb image, corners or None, slots)]; augment=False gives the plain resize."""

    def __init__(self, items, augment, seed=0):
        self.items, self.augment = items, augment
        self.rng = np.random.default_rng(seed)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        img, corners, slots = self.items[i]
        corners = full_corners(img) if corners is None else corners
        if self.augment:
            crop = degrade(warp_plate(img, jitter_corners(corners, self.rng)), self.rng)
        else:
            crop = warp_plate(img, corners)
        return to_tensor(crop), torch.tensor(slots)
