import type { Box } from "@/lib/anpr/rgb-image";
import { addFrameEvidence, NO_EVIDENCE, type FusionRule, type PlateEvidence } from "./plate-evidence";

/** One plate followed across frames by the continuity of its box. */
export type PlateTrack = {
  readonly id: number;
  readonly box: Box;
  /** Frames in a row in which no detection continued this track. */
  readonly missed: number;
  readonly evidence: PlateEvidence;
  /** Frames in which the reader read this plate by itself (its own text was a plate). */
  readonly readFrames: number;
  /** A plate was sent while this track was in view: it never auto-submits again (its reading may drift). */
  readonly submitted: boolean;
};

export type TrackedDetection = { box: Box; text: string | null; distributions: readonly (readonly number[])[] };

/** A track that has not been continued for this many frames has left the picture. */
export const TRACK_LOST_AFTER_FRAMES = 3;

const width = (b: Box) => b[2] - b[0];
const centre = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/**
 * How well a detection continues a track, or 0 if it cannot: a car approaching the camera moves
 * its plate and grows it between frames, so the centres must lie within a plate width and the widths
 * within a factor of two. Higher is closer.
 */
export function continuity(track: Box, detection: Box): number {
  const [tw, dw] = [width(track), width(detection)];
  if (tw <= 0 || dw <= 0 || Math.max(tw, dw) / Math.min(tw, dw) > 2) return 0;
  const [[tx, ty], [dx, dy]] = [centre(track), centre(detection)];
  const distance = Math.hypot(tx - dx, ty - dy) / Math.max(tw, dw);
  return distance < 1 ? 1 - distance : 0;
}

/**
 * Continues each track with the detection that fits it best (greedily, best pairs first), starts a
 * track for every detection left over and ages the tracks nobody continued.
 * Returns the tracks with those continued or started this frame first, in detection order.
 */
export function updateTracks(
  tracks: readonly PlateTrack[],
  detections: readonly TrackedDetection[],
  nextId: number,
  rule?: FusionRule,
): { tracks: PlateTrack[]; seen: PlateTrack[]; nextId: number } {
  const pairs: { t: number; d: number; score: number }[] = [];
  tracks.forEach((track, t) =>
    detections.forEach((detection, d) => {
      const score = continuity(track.box, detection.box);
      if (score > 0) pairs.push({ t, d, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score);
  const trackOf = new Map<number, number>();
  const taken = new Set<number>();
  for (const { t, d } of pairs) {
    if (taken.has(t) || trackOf.has(d)) continue;
    taken.add(t);
    trackOf.set(d, t);
  }
  let id = nextId;
  const seen = detections.map((detection, d): PlateTrack => {
    const previous = trackOf.has(d) ? tracks[trackOf.get(d)!] : null;
    return {
      id: previous?.id ?? id++,
      box: detection.box,
      missed: 0,
      evidence: addFrameEvidence(previous?.evidence ?? NO_EVIDENCE, detection.distributions, rule),
      readFrames: (previous?.readFrames ?? 0) + (detection.text === null ? 0 : 1),
      submitted: previous?.submitted ?? false,
    };
  });
  const aged = tracks
    .filter((_, t) => !taken.has(t))
    .map((track) => ({ ...track, missed: track.missed + 1 }))
    .filter((track) => track.missed < TRACK_LOST_AFTER_FRAMES);
  return { tracks: [...seen, ...aged], seen, nextId: id };
}
