import { parsePlate } from "@/lib/parking/plate";
import { allowedClasses, LETTER_SLOT, READER_CLASSES, SLOT_COUNT } from "@/lib/anpr/reader-classes";

/**
 * A car's reading evidence over its frames: per slot, the summed log-probabilities of the classes
 * the slot may hold (`allowedClasses` order). Summing per slot lets frames that misread different
 * characters still agree on the plate.
 */
export type PlateEvidence = { readonly logits: readonly (readonly number[])[]; readonly frames: number };

/**
 * How the frames are weighed; chosen by `npm run anpr:calibrate` on anpr-data's held-out crops as cars
 * of 6 and 15 frames (the grid and its results: public/models/README.md).
 */
export type FusionRule = {
  /**
   * Each frame after the first counts as this much of an independent look: frames of one car share
   * its blur, dirt and angle. One frame alone gives the reader's own probabilities.
   */
  frameWeight: number;
  /** A class a frame rules out still keeps this probability, so one overconfident frame cannot veto the rest. */
  probabilityFloor: number;
  /**
   * The evidence never counts as more than this many independent looks: a car in view for 50 frames
   * is still one car, and a digit read as 7 at 0.9 in every frame (a dark ۲, a dirty letter) must not
   * become certain just by being repeated. With 6 looks such cars reached 0.9999 in calibration.
   */
  maxLooks: number;
};

export const FUSION_RULE: FusionRule = { frameWeight: 0.25, probabilityFloor: 1e-4, maxLooks: 3 };

export const NO_EVIDENCE: PlateEvidence = {
  logits: Array.from({ length: SLOT_COUNT }, (_, slot) => allowedClasses(slot).map(() => 0)),
  frames: 0,
};

/** Adds one frame's per-slot distributions (a reading's `distributions`). */
export function addFrameEvidence(evidence: PlateEvidence, distributions: readonly (readonly number[])[], rule: FusionRule = FUSION_RULE): PlateEvidence {
  const floor = Math.log(rule.probabilityFloor);
  const logits = evidence.logits.map((slot, s) => slot.map((sum, c) => sum + Math.max(Math.log(distributions[s][c]), floor)));
  return { logits, frames: evidence.frames + 1 };
}

/** How many independent looks the frames are worth, as a factor on their summed log-probabilities. */
function lookScale(frames: number, rule: FusionRule): number {
  return frames === 0 ? 1 : Math.min(1 + rule.frameWeight * (frames - 1), rule.maxLooks) / frames;
}

export type FusedReading = {
  /** Canonical plate text, or null when the fused characters are not a valid plate. */
  text: string | null;
  /** Product of the slots' fused probabilities: what the gate shows and compares with its threshold. */
  confidence: number;
  characters: { char: string; confidence: number }[];
  frames: number;
};

/** No reading is ever certain, so a threshold of 1 (the settings' maximum) means "always ask the operator". */
const MAX_SLOT_PROBABILITY = 1 - 1e-9;

/** The most likely class per slot under the summed evidence (a softmax per slot). */
export function fuseEvidence(evidence: PlateEvidence, rule: FusionRule = FUSION_RULE): FusedReading {
  const scale = lookScale(evidence.frames, rule);
  const characters = evidence.logits.map((slot, s) => {
    const max = Math.max(...slot);
    const weights = slot.map((l) => Math.exp(scale * (l - max)));
    const total = weights.reduce((a, b) => a + b, 0);
    const best = weights.indexOf(Math.max(...weights));
    return { char: READER_CLASSES[allowedClasses(s)[best]], confidence: Math.min(weights[best] / total, MAX_SLOT_PROBABILITY) };
  });
  const chars = characters.map((c) => c.char);
  const raw = `${chars.slice(0, LETTER_SLOT).join("")}${chars[LETTER_SLOT]}${chars.slice(LETTER_SLOT + 1, 6).join("")}-${chars.slice(6).join("")}`;
  const parsed = parsePlate(raw);
  return {
    text: parsed.ok ? parsed.plate.canonical : null,
    confidence: characters.reduce((product, c) => product * c.confidence, 1),
    characters,
    frames: evidence.frames,
  };
}
