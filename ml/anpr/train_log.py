"""The committed training log, ml/TRAINING_LOG.md: one section per run, rewritten in place as it progresses.

Each run owns the block between `<!-- run:ID -->` and `<!-- /run:ID -->` (ID = run name + start time), so
the reader and the detector can log at the same time; a resumed run opens a new block that names the
checkpoint it resumed from. Writes take an flock and replace the file atomically.
"""
import fcntl
import os
import time
from pathlib import Path

from .paths import ML_DIR

LOG = ML_DIR / "TRAINING_LOG.md"
HEADER = """# Training log

Appended by `train_reader.py` and `train_detector.py` (`anpr/train_log.py`): one section per run or resumed
run, updated after every epoch. Held-out = anpr-data's validation split (crops by plate text, scenes by
blocks of 20 file numbers); anpr-dev is never used here. Wall time is the process's own training time.
"""


def utc(t=None):
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(t))


class RunLog:
    def __init__(self, run, command, lines, path=LOG):
        self.path, self.started = Path(path), time.time()
        self.id = f"{run}@{time.strftime('%Y%m%dT%H%M%S', time.gmtime(self.started))}"
        self.title = f"## {run}: started {utc(self.started)}"
        self.head = [f"- command: `{command}`", *[f"- {line}" for line in lines]]
        self.rows, self.status = [], "running"

    def epoch(self, row):
        """row: dict of column -> value for one finished epoch."""
        self.rows.append(row)
        self.write()

    def finish(self, status):
        self.status = status
        self.write()

    def render(self):
        out = [f"<!-- run:{self.id} -->", self.title, "", *self.head,
               f"- status: {self.status}, last update {utc()}", ""]
        if self.rows:
            cols = list(self.rows[0])
            out += ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
            out += ["| " + " | ".join(str(r.get(c, "")) for c in cols) + " |" for r in self.rows]
            out.append("")
        out.append(f"<!-- /run:{self.id} -->")
        return "\n".join(out) + "\n"

    def write(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(str(self.path) + ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            text = self.path.read_text(encoding="utf-8") if self.path.exists() else HEADER
            start, end = f"<!-- run:{self.id} -->", f"<!-- /run:{self.id} -->"
            if start in text:
                a, b = text.index(start), text.index(end) + len(end) + 1
                text = text[:a] + self.render() + text[b:]
            else:
                text = text.rstrip("\n") + "\n\n" + self.render()
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.path)
