import { allowedClasses, READER_CLASSES, SLOT_COUNT } from "./reader-classes";

/** CTC blank: the class after the plate classes (ml/anpr/ctc.py). */
export const CTC_BLANK = READER_CLASSES.length;
const CLASS_COUNT = CTC_BLANK + 1;

/** Plate automaton: blank states "j characters emitted" and char states "slot k holds class c". */
type Automaton = { emit: number[]; slot: number[]; preds: number[][]; starts: number[]; ends: number[] };

function buildAutomaton(): Automaton {
  const emit: number[] = [];
  const slot: number[] = [];
  const blankAt: number[] = [];
  const charAt: Map<number, number>[] = [];
  for (let j = 0; j <= SLOT_COUNT; j++) {
    blankAt.push(emit.length);
    emit.push(CTC_BLANK);
    slot.push(-1);
    if (j === SLOT_COUNT) break;
    charAt.push(new Map(allowedClasses(j).map((c) => [c, emit.length + allowedClasses(j).indexOf(c)])));
    for (const c of allowedClasses(j)) {
      emit.push(c);
      slot.push(j);
    }
  }
  const preds = emit.map((c, s) => {
    if (c === CTC_BLANK) {
      const j = blankAt.indexOf(s);
      return [s, ...(j > 0 ? charAt[j - 1].values() : [])];
    }
    const k = slot[s];
    const before = k > 0 ? [...charAt[k - 1]].filter(([p]) => p !== c).map(([, state]) => state) : [];
    return [s, blankAt[k], ...before];
  });
  const last = SLOT_COUNT - 1;
  return { emit, slot, preds, starts: [blankAt[0], ...charAt[0].values()], ends: [blankAt[SLOT_COUNT], ...charAt[last].values()] };
}

const AUTOMATON = buildAutomaton();

function softmaxFrames(logits: Float32Array, frames: number): Float32Array {
  const prob = new Float32Array(logits.length);
  for (let t = 0; t < frames; t++) {
    const row = logits.subarray(t * CLASS_COUNT, (t + 1) * CLASS_COUNT);
    const max = Math.max(...row);
    let sum = 0;
    for (let c = 0; c < CLASS_COUNT; c++) sum += prob[t * CLASS_COUNT + c] = Math.exp(row[c] - max);
    for (let c = 0; c < CLASS_COUNT; c++) prob[t * CLASS_COUNT + c] /= sum;
  }
  return prob;
}

/**
 * Per slot: the class, its highest frame probability, and the slot's distribution over the classes
 * it may hold (`allowedClasses(slot)` order) at that frame, renormalised: the evidence the gate
 * fuses over a car's frames.
 */
export type CtcPlate = { classes: number[]; confidences: number[]; distributions: number[][] };

/**
 * Best CTC alignment whose collapsed text is a plate (8 characters, a digit in every slot but
 * the letter's, no leading zeros).
 */
export function decodeCtcPlate(logits: Float32Array): CtcPlate {
  const { emit, preds, starts, ends } = AUTOMATON;
  const frames = logits.length / CLASS_COUNT;
  const prob = softmaxFrames(logits, frames);
  const logp = (t: number, s: number) => Math.log(prob[t * CLASS_COUNT + emit[s]] + 1e-12);
  let score = new Float64Array(emit.length).fill(-Infinity);
  for (const s of starts) score[s] = logp(0, s);
  const back: Int32Array[] = [new Int32Array(emit.length)];
  for (let t = 1; t < frames; t++) {
    const next = new Float64Array(emit.length);
    const from = new Int32Array(emit.length);
    preds.forEach((ps, s) => {
      from[s] = ps.reduce((best, p) => (score[p] > score[best] ? p : best), ps[0]);
      next[s] = score[from[s]] + logp(t, s);
    });
    back.push(from);
    score = next;
  }
  let state = ends.reduce((best, s) => (score[s] > score[best] ? s : best), ends[0]);
  const path = [state];
  for (let t = frames - 1; t > 0; t--) path.push((state = back[t][state]));
  return collapsePath(path.reverse(), prob);
}

function slotDistribution(prob: Float32Array, t: number, slot: number): number[] {
  const row = allowedClasses(slot).map((c) => prob[t * CLASS_COUNT + c]);
  const sum = row.reduce((a, b) => a + b, 0);
  return row.map((p) => p / sum);
}

function collapsePath(path: number[], prob: Float32Array): CtcPlate {
  const { emit } = AUTOMATON;
  const classes: number[] = [];
  const confidences: number[] = [];
  const peaks: number[] = [];
  path.forEach((state, t) => {
    const c = emit[state];
    if (c === CTC_BLANK) return;
    const p = prob[t * CLASS_COUNT + c];
    const last = confidences.length - 1;
    if (t > 0 && path[t - 1] === state) {
      if (p > confidences[last]) [confidences[last], peaks[last]] = [p, t];
    } else {
      classes.push(c);
      confidences.push(p);
      peaks.push(t);
    }
  });
  return { classes, confidences, distributions: peaks.map((t, slot) => slotDistribution(prob, t, slot)) };
}
