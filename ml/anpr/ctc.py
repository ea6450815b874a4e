"""CTC loss and the plate-constrained Viterbi decoder (mirrored by lib/anpr/ctc-decode.ts).

The decoder finds the best CTC alignment whose collapsed text has exactly 8 characters with a
digit in every slot but the letter slot and no leading zeros, so a reading is always plate-shaped."""
import numpy as np
import torch
from torch.nn import functional as F

from .charset import CLASSES, NUM_SLOTS, slot_mask

BLANK = len(CLASSES)
ALLOWED = [np.flatnonzero(slot_mask(s)) for s in range(NUM_SLOTS)]


def ctc_loss(logits, slots):
    log_probs = F.log_softmax(logits, -1).transpose(0, 1)  # [T,N,C]
    n, t = logits.shape[0], logits.shape[1]
    return F.ctc_loss(log_probs, slots, torch.full((n,), t, dtype=torch.long),
                      torch.full((n,), NUM_SLOTS, dtype=torch.long), blank=BLANK, zero_infinity=True)


def build_states():
    """States of the plate automaton: blank j (j characters emitted) and char (k, class).
    Returns (emitted class per state, predecessor lists, start states, end states)."""
    emit, preds, index = [], [], {}
    for j in range(NUM_SLOTS + 1):
        index[("b", j)] = len(emit)
        emit.append(BLANK)
        if j < NUM_SLOTS:
            for c in ALLOWED[j]:
                index[("c", j, c)] = len(emit)
                emit.append(int(c))
    for key, s in index.items():
        if key[0] == "b":
            j = key[1]
            preds.append([s] + ([index[("c", j - 1, c)] for c in ALLOWED[j - 1]] if j else []))
        else:
            _, k, c = key
            before = [index[("c", k - 1, p)] for p in ALLOWED[k - 1] if p != c] if k else []
            preds.append([s, index[("b", k)]] + before)
    starts = [index[("b", 0)]] + [index[("c", 0, c)] for c in ALLOWED[0]]
    ends = [index[("b", NUM_SLOTS)]] + [index[("c", NUM_SLOTS - 1, c)] for c in ALLOWED[NUM_SLOTS - 1]]
    return np.array(emit), preds, starts, ends


EMIT, PREDS, STARTS, ENDS = build_states()


def decode(logits):
    """logits [T,38] -> (8 class indices, 8 confidences): the best constrained CTC path; a
    character's confidence is its highest probability over the frames that emit it."""
    z = logits - logits.max(-1, keepdims=True)
    prob = np.exp(z) / np.exp(z).sum(-1, keepdims=True)
    logp = np.log(prob + 1e-12)
    score = np.full(len(EMIT), -np.inf)
    score[STARTS] = logp[0, EMIT[STARTS]]
    back = np.zeros((len(logp), len(EMIT)), dtype=np.int64)
    for t in range(1, len(logp)):
        best = [max(p, key=lambda q: score[q]) for p in PREDS]
        back[t] = best
        score = score[best] + logp[t, EMIT]
    state = max(ENDS, key=lambda q: score[q])
    path = [state]
    for t in range(len(logp) - 1, 0, -1):
        state = back[t, state]
        path.append(state)
    path.reverse()
    return path_to_slots(path, prob)


def path_to_slots(path, prob):
    slots, conf, last = [], [], None
    for t, state in enumerate(path):
        c = EMIT[state]
        if c != BLANK and state != last:
            slots.append(int(c))
            conf.append(prob[t, c])
        elif c != BLANK:
            conf[-1] = max(conf[-1], prob[t, c])
        last = state
    return slots, conf
