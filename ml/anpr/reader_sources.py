"""Which images the reader trains and validates on: real train crops, optionally synthetic plates."""
from .real_data import load_crops


def training_items(n_synth, real_repeat=1):
    items = [(img, None, slots) for img, slots, _ in load_crops("train")] * real_repeat
    if n_synth:
        from .synth_bank import load_synth_bank  # only synthetic runs need the generator's cache
        items += [(img, corners, slots) for img, corners, slots in load_synth_bank(n_synth)]
    return items


def validation_items():
    return [(img, None, slots) for img, slots, _ in load_crops("val")]
