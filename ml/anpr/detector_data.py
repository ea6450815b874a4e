"""Detector training samples: a scene letterboxed to the square input with random scale, shift, flip and degradation."""
import cv2
import numpy as np
import torch

from .augment import degrade
from .detector_model import INPUT_SIZE

PAD = 114


def letterbox_matrix(w, h):
    """The affine map (2x3) from image pixels to the centred square letterbox; lib/anpr/letterbox.ts mirrors it."""
    s = INPUT_SIZE / max(w, h)
    return np.float32([[s, 0, (INPUT_SIZE - w * s) / 2], [0, s, (INPUT_SIZE - h * s) / 2]])


def random_matrix(w, h, rng):
    m = letterbox_matrix(w, h)
    s = rng.uniform(0.7, 1.6)
    c = INPUT_SIZE / 2
    shift = rng.uniform(-0.25, 0.25, 2) * INPUT_SIZE * max(s - 0.6, 0.2)
    zoom = np.float32([[s, 0, c - s * c + shift[0]], [0, s, c - s * c + shift[1]]])
    return zoom @ np.vstack([m, [0, 0, 1]])


def transform_boxes(boxes, m):
    x1 = boxes[:, 0] * m[0, 0] + m[0, 2]
    x2 = boxes[:, 2] * m[0, 0] + m[0, 2]
    y1 = boxes[:, 1] * m[1, 1] + m[1, 2]
    y2 = boxes[:, 3] * m[1, 1] + m[1, 2]
    return np.stack([x1, y1, x2, y2], 1)


def clip_boxes(boxes):
    clipped = np.clip(boxes, 0, INPUT_SIZE)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    kept = (clipped[:, 2] - clipped[:, 0]) * (clipped[:, 3] - clipped[:, 1])
    ok = (kept > 0.5 * area) & (clipped[:, 2] - clipped[:, 0] > 4) & (clipped[:, 3] - clipped[:, 1] > 2)
    return clipped[ok]


class DetectorDataset(torch.utils.data.Dataset):
    """scenes: [(rgb, boxes)]; paste(img, boxes, rng) -> (img, boxes) adds synthetic plates when given."""

    def __init__(self, scenes, augment, paste=None, seed=0):
        self.scenes, self.augment, self.paste = scenes, augment, paste
        self.rng = np.random.default_rng(seed)

    def __len__(self):
        return len(self.scenes)

    def __getitem__(self, i):
        img, boxes = self.scenes[i]
        if self.augment and self.paste is not None and self.rng.random() < 0.5:
            img, boxes = self.paste(img, boxes, self.rng)
        h, w = img.shape[:2]
        m = random_matrix(w, h, self.rng) if self.augment else letterbox_matrix(w, h)
        out = cv2.warpAffine(img, m, (INPUT_SIZE, INPUT_SIZE), flags=cv2.INTER_LINEAR,
                             borderValue=(PAD, PAD, PAD))
        boxes = clip_boxes(transform_boxes(boxes, m)) if len(boxes) else boxes
        if self.augment:
            if self.rng.random() < 0.5:
                out = out[:, ::-1]
                boxes = np.stack([INPUT_SIZE - boxes[:, 2], boxes[:, 1], INPUT_SIZE - boxes[:, 0], boxes[:, 3]], 1)
            out = degrade(np.ascontiguousarray(out), self.rng, 0.7)
        x = torch.from_numpy(np.ascontiguousarray(out)).permute(2, 0, 1).float() / 255.0
        return x, torch.from_numpy(np.asarray(boxes, np.float32).reshape(-1, 4))


def collate(batch):
    return torch.stack([b[0] for b in batch]), [b[1] for b in batch]
