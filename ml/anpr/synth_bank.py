"""A cached bank of synthetic reader samples (plate + corners in an 80x320 patch), deterministic per size."""
import numpy as np

from .charset import text_to_slots
from .paths import CACHE
from .synth_plate import check_fonts
from .synth_scene import load_backgrounds, synth_crop


def load_synth_bank(n, seed=1234):
    path = CACHE / f"synth-reader-{n}-{seed}.npz"
    if not path.exists():
        check_fonts()
        rng, backgrounds = np.random.default_rng(seed), load_backgrounds()
        samples = [synth_crop(backgrounds, rng) for _ in range(n)]
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, images=np.stack([s[0] for s in samples]), corners=np.stack([s[1] for s in samples]),
                 texts=np.array([s[2] for s in samples]))
    data = np.load(path)
    return [(img, c, text_to_slots(str(t))) for img, c, t in zip(data["images"], data["corners"], data["texts"])]
