"""Places rendered plates with perspective onto real photos: reader crops and detector composites."""
import cv2
import numpy as np
from PIL import Image

from .real_data import load_scenes
from .synth_plate import H, W, check_fonts, random_text, render_plate

BACKGROUND_DIR = "/usr/share/backgrounds/gnome"
PLATE_CORNERS = np.float32([[0, 0], [W, 0], [W, H], [0, H]])


def random_corners(cx, cy, width, rng):
    """Plate corners around a centre: aspect 520:114, a small roll, perspective from yaw and pitch."""
    height = width * H / W * rng.uniform(0.85, 1.25)
    pts = np.float32([[-width, -height], [width, -height], [width, height], [-width, height]]) / 2
    pts += rng.normal(0, 0.03, (4, 2)).astype(np.float32) * np.float32([width, height * 2])
    yaw = rng.uniform(-0.2, 0.2) * height
    pts[[1, 2], 1] *= 1 + yaw / height
    a = np.deg2rad(rng.uniform(-7, 7))
    rot = np.float32([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    return pts @ rot.T + np.float32([cx, cy])


def paste_plate(canvas, plate, corners):
    """Alpha-blends the RGBA plate onto the canvas (in place) at the given corners."""
    m = cv2.getPerspectiveTransform(PLATE_CORNERS, corners.astype(np.float32))
    rgba = np.asarray(plate)
    size = (canvas.shape[1], canvas.shape[0])
    warped = cv2.warpPerspective(rgba, m, size, flags=cv2.INTER_AREA)
    alpha = warped[:, :, 3:].astype(np.float32) / 255
    canvas[:] = (canvas * (1 - alpha) + warped[:, :, :3] * alpha).astype(np.uint8)


def load_backgrounds(sources=None):
    """Real scenes from anpr-data's training split (optionally only some sources), plus the photos of
    Debian's gnome-backgrounds."""
    images = [img for img, _ in load_scenes("train", sources)]
    for name in ("wood-d.webp", "wood-l.webp", "pixels-l.webp", "truchet-d.webp", "grid-l.webp"):
        try:
            images.append(np.asarray(Image.open(f"{BACKGROUND_DIR}/{name}").convert("RGB").reduce(4)))
        except FileNotFoundError:
            continue
    return images


def random_patch(backgrounds, h, w, rng):
    bg = backgrounds[rng.integers(len(backgrounds))]
    scale = rng.uniform(0.3, 1.0)
    ph, pw = min(bg.shape[0], int(h / scale)), min(bg.shape[1], int(w / scale))
    y, x = rng.integers(0, bg.shape[0] - ph + 1), rng.integers(0, bg.shape[1] - pw + 1)
    return cv2.resize(bg[y:y + ph, x:x + pw], (w, h))


def synth_crop(backgrounds, rng, h=80, w=320):
    """A plate filling most of an h x w patch. Returns (rgb, corners, text)."""
    plate, text = render_plate(random_text(rng), rng)
    canvas = random_patch(backgrounds, h, w, rng)
    corners = random_corners(w / 2 + rng.uniform(-8, 8), h / 2 + rng.uniform(-4, 4), w * rng.uniform(0.7, 0.92), rng)
    paste_plate(canvas, plate, corners)
    return canvas, corners, text


def overlaps(box, boxes):
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes)


def paste_into_scene(img, boxes, rng, n_max=2):
    """Adds 1..n_max synthetic plates to a scene where they do not cover a labelled plate.
    Returns (image, boxes, [(box, corners, text)] of the added plates)."""
    img, h, w = img.copy(), img.shape[0], img.shape[1]
    added, all_boxes = [], [tuple(b) for b in boxes]
    wanted = rng.integers(1, n_max + 1)
    for _ in range(8 * n_max):
        if len(added) == wanted:
            break
        width = w * rng.uniform(0.08, 0.4)
        corners = random_corners(rng.uniform(0.1, 0.9) * w, rng.uniform(0.15, 0.9) * h, width, rng)
        box = (*corners.min(0), *corners.max(0))
        if box[0] < 0 or box[1] < 0 or box[2] > w or box[3] > h or overlaps(box, all_boxes):
            continue
        plate, text = render_plate(random_text(rng), rng)
        paste_plate(img, plate, corners)
        all_boxes.append(box)
        added.append((box, corners, text))
    return img, np.float32(all_boxes).reshape(-1, 4), added


def make_paster():
    """The detector's synthetic augmentation: paste(img, boxes, rng) -> (img, boxes)."""
    check_fonts()
    def paste(img, boxes, rng):
        out, all_boxes, _ = paste_into_scene(img, boxes, rng)
        return out, all_boxes
    return paste
