import { describe, expect, it } from "vitest";
import { addSample, STATS_WINDOW, summariseFrames } from "./frame-stats";

describe("frame stats", () => {
  it("needs two frames to say anything", () => {
    expect(summariseFrames([])).toBeNull();
    expect(summariseFrames([{ doneAt: 0, inferenceMs: 30 }])).toBeNull();
  });

  it("gives frames per second and the median time", () => {
    const samples = [10, 40, 20, 30].map((ms, i) => ({ doneAt: i * 50, inferenceMs: ms }));
    expect(summariseFrames(samples)).toEqual({ fps: 20, medianMs: 25 });
  });

  it("keeps only the newest samples", () => {
    let samples: ReturnType<typeof addSample> = [];
    for (let i = 0; i < STATS_WINDOW + 5; i++) samples = addSample(samples, { doneAt: i, inferenceMs: i });
    expect(samples).toHaveLength(STATS_WINDOW);
    expect(samples[0].doneAt).toBe(5);
  });
});
