"""Dataset and output locations (override the data roots with ANPR_DATA / ANPR_DEV)."""
import os
from pathlib import Path

ML_DIR = Path(__file__).resolve().parent.parent
REPO = ML_DIR.parent
DATA = Path(os.environ.get("ANPR_DATA", REPO.parent / "shared" / "anpr-data"))
DEV = Path(os.environ.get("ANPR_DEV", REPO.parent / "shared" / "anpr-dev"))
RUNS = ML_DIR / "runs"
CACHE = ML_DIR / "cache"
MODELS = REPO / "public" / "models"
