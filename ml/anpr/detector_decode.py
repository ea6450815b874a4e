"""Box decoding, NMS and detection matching at IoU 0.5 (mirrored by lib/anpr/decode-detections.ts)."""
import numpy as np

from .detector_model import GRID, STRIDE

_c = (np.arange(GRID, dtype=np.float32) + 0.5) * STRIDE
CY, CX = [a.flatten() for a in np.meshgrid(_c, _c, indexing="ij")]


def iou(a, b):
    ix1, iy1 = np.maximum(a[:, None, 0], b[None, :, 0]), np.maximum(a[:, None, 1], b[None, :, 1])
    ix2, iy2 = np.minimum(a[:, None, 2], b[None, :, 2]), np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(ix2 - ix1, 0, None) * np.clip(iy2 - iy1, 0, None)
    area = lambda x: (x[:, 2] - x[:, 0]) * (x[:, 3] - x[:, 1])
    return inter / (area(a)[:, None] + area(b)[None, :] - inter + 1e-9)


def decode(out, threshold=0.4, nms_iou=0.45):
    """out: [1600,5] raw model output -> (boxes [n,4] in input pixels, scores [n])."""
    score = 1 / (1 + np.exp(-out[:, 0]))
    keep = score >= threshold
    l, t, r, b = out[keep, 1], out[keep, 2], out[keep, 3], out[keep, 4]
    boxes = np.stack([CX[keep] - l, CY[keep] - t, CX[keep] + r, CY[keep] + b], 1)
    score = score[keep]
    order = np.argsort(-score)
    chosen = []
    while len(order):
        i = order[0]
        chosen.append(i)
        order = order[1:][iou(boxes[i:i + 1], boxes[order[1:]])[0] < nms_iou]
    return boxes[chosen], score[chosen]


def match(pred, gt, thr=0.5):
    """Greedy one-to-one matching; returns (true positives, n_pred, n_gt, matched gt index per pred)."""
    if len(pred) == 0 or len(gt) == 0:
        return 0, len(pred), len(gt), [-1] * len(pred)
    m = iou(pred, gt)
    used, assigned = set(), []
    for i in range(len(pred)):
        j = int(np.argmax(np.where([k in used for k in range(len(gt))], -1, m[i])))
        if m[i, j] >= thr and j not in used:
            used.add(j)
            assigned.append(j)
        else:
            assigned.append(-1)
    return len(used), len(pred), len(gt), assigned
