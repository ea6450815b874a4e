import { boxIou } from "./non-max-suppression";
import type { Box } from "./rgb-image";

/** Splits canonical text into its 8 characters (the letter counts as one, e.g. الف). */
export function plateCharacters(text: string): string[] {
  const match = /^(\d)(\d)(.+?)(\d)(\d)(\d)-(\d)(\d)$/u.exec(text);
  return match ? match.slice(1) : [];
}

/** Characters in the right position, out of the 8 of the expected plate. */
export function countCorrectCharacters(expected: string, actual: string[]): number {
  return plateCharacters(expected).filter((c, i) => actual[i] === c).length;
}

/**
 * Greedy one-to-one matching of detections (highest score first) to ground-truth boxes at an IoU
 * threshold. Returns, per ground-truth box, the index of its detection or -1.
 */
export function matchDetections(detected: { box: Box; score: number }[], truth: Box[], minIou: number): number[] {
  const matchOf = truth.map(() => -1);
  const order = detected.map((_, i) => i).sort((a, b) => detected[b].score - detected[a].score);
  for (const d of order) {
    let best = -1;
    let bestIou = minIou;
    truth.forEach((t, g) => {
      const iou = boxIou(detected[d].box, t);
      if (matchOf[g] === -1 && iou >= bestIou) {
        best = g;
        bestIou = iou;
      }
    });
    if (best >= 0) matchOf[best] = d;
  }
  return matchOf;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
