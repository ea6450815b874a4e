"""Photometric and geometric degradations of a gate camera, shared by reader and detector training."""
import cv2
import numpy as np


def motion_blur(img, rng):
    k = int(rng.integers(3, 9))
    kernel = np.zeros((k, k), np.float32)
    kernel[k // 2, :] = 1.0 / k
    rot = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), float(rng.uniform(0, 180)), 1.0)
    return cv2.filter2D(img, -1, cv2.warpAffine(kernel, rot, (k, k)))


def jpeg(img, rng):
    quality = int(rng.integers(15, 70))
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(buf, cv2.IMREAD_UNCHANGED)


def light(img, rng):
    """Brightness/contrast/colour cast, night darkening, a glare spot or a shadow band."""
    f = img.astype(np.float32)
    f = f * rng.uniform(0.6, 1.4) + rng.uniform(-40, 40)
    f = f * rng.uniform(0.85, 1.15, size=3)
    h, w = f.shape[:2]
    if rng.random() < 0.15:
        f = f * rng.uniform(0.3, 0.6) + rng.normal(0, 5, f.shape)
    if rng.random() < 0.15:
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.1, 0.5) * w
        yy, xx = np.mgrid[0:h, 0:w]
        spot = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
        f = f + 160 * rng.uniform(0.4, 1.0) * spot[:, :, None]
    if rng.random() < 0.15:
        x0 = rng.uniform(0, w)
        xx = np.arange(w)[None, :, None]
        f = np.where(xx > x0, f * rng.uniform(0.35, 0.7), f)
    return np.clip(f, 0, 255).astype(np.uint8)


def degrade(img, rng, strength=1.0):
    if rng.random() < 0.8 * strength:
        img = light(img, rng)
    if rng.random() < 0.25 * strength:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.5, 1.6))
    if rng.random() < 0.15 * strength:
        img = motion_blur(img, rng)
    if rng.random() < 0.4 * strength:
        h, w = img.shape[:2]
        s = rng.uniform(0.25, 0.8)
        small = cv2.resize(img, (max(8, int(w * s)), max(4, int(h * s))), interpolation=cv2.INTER_AREA)
        img = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    if rng.random() < 0.2 * strength:
        img = np.clip(img + rng.normal(0, rng.uniform(3, 12), img.shape), 0, 255).astype(np.uint8)
    if rng.random() < 0.1 * strength:
        img = np.repeat(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)[:, :, None], 3, 2)
    if rng.random() < 0.3 * strength:
        img = jpeg(img, rng)
    return img
