"""Plate alphabet shared by the generator, the reader and the evaluation.

The class order is part of the reader's ONNX contract (lib/anpr/reader-classes.ts mirrors it).
"""
import re

DIGITS = [str(d) for d in range(10)]
LETTERS = ["الف", "ب", "پ", "ت", "ث", "ج", "د", "ز", "س", "ش", "ص", "ط", "ع", "ف", "ق",
           "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ژ", "♿", "D", "S"]
CLASSES = DIGITS + LETTERS
NUM_SLOTS = 8
LETTER_SLOT = 2
PLATE_RE = re.compile(r"^([0-9]{2})(الف|[بپتثجدزسشصطعفقکگلمنوهیژ]|♿|D|S)([0-9]{3})-([0-9]{2})$")


def text_to_slots(text):
    """'12ب345-67' -> 8 class indices, or None when the text is not a plate."""
    m = PLATE_RE.match(text)
    if not m:
        return None
    head, letter, mid, region = m.groups()
    return ([CLASSES.index(c) for c in head] + [CLASSES.index(letter)]
            + [CLASSES.index(c) for c in mid + region])


GROUP_STARTS = (0, 3, 6)


def slot_mask(slot):
    """Which classes a slot may hold: the letter slot a letter, the others a digit, and never a
    leading zero in a number group (lib/parking/plate.ts rejects those)."""
    if slot == LETTER_SLOT:
        return [i >= len(DIGITS) for i in range(len(CLASSES))]
    first = 1 if slot in GROUP_STARTS else 0
    return [first <= i < len(DIGITS) for i in range(len(CLASSES))]
