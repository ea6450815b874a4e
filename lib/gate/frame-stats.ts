/** The last frames the reader finished: when each finished and how long its inference took. */
export type FrameSample = { doneAt: number; inferenceMs: number };
export type FrameStats = { fps: number; medianMs: number };

export const STATS_WINDOW = 30;

/** Keeps the newest STATS_WINDOW samples. */
export function addSample(samples: readonly FrameSample[], sample: FrameSample): FrameSample[] {
  return [...samples.slice(-(STATS_WINDOW - 1)), sample];
}

/** Frames read per second over the window, and the median milliseconds per frame. */
export function summariseFrames(samples: readonly FrameSample[]): FrameStats | null {
  if (samples.length < 2) return null;
  const seconds = (samples[samples.length - 1].doneAt - samples[0].doneAt) / 1000;
  const sorted = samples.map((s) => s.inferenceMs).sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const medianMs = sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { fps: seconds > 0 ? (samples.length - 1) / seconds : 0, medianMs };
}
