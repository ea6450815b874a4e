"""Which images the reader trains and validates on: real train crops (all anpr-data sources, some repeated
more than others), optionally synthetic plates."""
from .real_data import count_sources, load_crops


def parse_repeats(spec):
    """'pas=3,rf=1' -> {'pas': 3, 'rf': 1} (sources not named use the default repeat)."""
    return {k: int(v) for k, v in (part.split("=") for part in spec.split(",") if part)} if spec else {}


def training_items(n_synth, real_repeat=1, source_repeat=None, report=None):
    """report (a list) receives lines describing the data, for the log."""
    source_repeat = source_repeat or {}
    real = load_crops("train", with_source=True)
    items, names = [], []
    for img, slots, _, source in real:
        k = source_repeat.get(source, real_repeat)
        items += [(img, None, slots)] * k
        names += [source] * k
    if report is not None:
        report.append(f"real train crops: {count_sources([s for *_, s in real])} "
                      f"(per epoch with repeats: {count_sources(names)})")
    if n_synth:
        from .synth_bank import load_synth_bank  # only synthetic runs need the generator's cache
        items += [(img, corners, slots) for img, corners, slots in load_synth_bank(n_synth)]
        if report is not None:
            report.append(f"synthetic crops per epoch: {n_synth} (cached bank ml/cache/synth-reader-{n_synth}-1234.npz)")
    return items


def validation_items(with_source=False):
    return [(img, None, slots) + ((source,) if with_source else ())
            for img, slots, _, source in load_crops("val", with_source=True)]
