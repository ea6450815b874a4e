"""Assigns ground-truth boxes to stride-8 cells and computes the focal + GIoU loss."""
import torch
from torch.nn import functional as F

from .detector_model import GRID, STRIDE

CENTRES = (torch.arange(GRID, dtype=torch.float32) + 0.5) * STRIDE
CY, CX = torch.meshgrid(CENTRES, CENTRES, indexing="ij")
CX, CY = CX.flatten(), CY.flatten()


def assign(boxes):
    """Returns per-cell target box [G*G,4] and a positive mask: cells near the centre of a box."""
    target = torch.zeros(GRID * GRID, 4)
    pos = torch.zeros(GRID * GRID, dtype=torch.bool)
    best_area = torch.full((GRID * GRID,), float("inf"))
    for b in boxes:
        w, h = b[2] - b[0], b[3] - b[1]
        cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        rx, ry = torch.clamp(w * 0.3, min=STRIDE * 0.75), torch.clamp(h * 0.3, min=STRIDE * 0.75)
        near = ((CX - cx).abs() <= rx) & ((CY - cy).abs() <= ry)
        near[torch.argmin((CX - cx) ** 2 + (CY - cy) ** 2)] = True
        take = near & (w * h < best_area)
        target[take], best_area[take], pos[take] = b, w * h, True
    return target, pos


def giou_loss(pred, gt):
    ix1, iy1 = torch.max(pred[:, 0], gt[:, 0]), torch.max(pred[:, 1], gt[:, 1])
    ix2, iy2 = torch.min(pred[:, 2], gt[:, 2]), torch.min(pred[:, 3], gt[:, 3])
    inter = (ix2 - ix1).clamp(min=0) * (iy2 - iy1).clamp(min=0)
    area = lambda b: (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    union = area(pred) + area(gt) - inter
    cw = torch.max(pred[:, 2], gt[:, 2]) - torch.min(pred[:, 0], gt[:, 0])
    ch = torch.max(pred[:, 3], gt[:, 3]) - torch.min(pred[:, 1], gt[:, 1])
    hull = cw * ch + 1e-6
    giou = inter / (union + 1e-6) - (hull - union) / hull
    return 1 - giou


def cells_to_boxes(ltrb):
    return torch.stack([CX - ltrb[..., 0], CY - ltrb[..., 1], CX + ltrb[..., 2], CY + ltrb[..., 3]], -1)


def detection_loss(out, boxes_list):
    targets = [assign(b) for b in boxes_list]
    gt = torch.stack([t[0] for t in targets])
    pos = torch.stack([t[1] for t in targets])
    n_pos = max(pos.sum().item(), 1)
    obj = out[..., 0]
    p = torch.sigmoid(obj)
    t = pos.float()
    ce = F.binary_cross_entropy_with_logits(obj, t, reduction="none")
    focal = ce * ((1 - p) * t + p * (1 - t)) ** 2 * (0.25 * t + 0.75 * (1 - t))
    box = giou_loss(cells_to_boxes(out[..., 1:])[pos], gt[pos]).sum() if pos.any() else obj.sum() * 0
    return (focal.sum() + 2.0 * box) / n_pos
