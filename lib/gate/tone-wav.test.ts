import { describe, expect, it } from "vitest";
import { toneWav } from "./tone-wav";

const samples = (wav: Uint8Array) => new Int16Array(wav.buffer.slice(44));

describe("result tones", () => {
  it("are valid 16-bit mono PCM WAV files of the melody's length", () => {
    const wav = toneWav("entry", 8_000);
    const view = new DataView(wav.buffer);
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe("RIFF");
    expect(new TextDecoder().decode(wav.slice(8, 16))).toBe("WAVEfmt ");
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(8_000);
    expect(view.getUint32(40, true)).toBe(wav.length - 44);
    expect(samples(wav).length).toBe(Math.round(0.12 * 8_000) + Math.round(0.18 * 8_000));
  });

  it("start and end in silence, with rests silent and notes at a quarter of full scale", () => {
    const refused = samples(toneWav("refused", 8_000));
    expect(refused[0]).toBe(0);
    expect(refused[refused.length - 1]).toBe(0);
    const rest = refused.slice(Math.round(0.22 * 8_000) + 1, Math.round(0.3 * 8_000) - 1);
    expect(rest.every((s) => s === 0)).toBe(true);
    const peak = Math.max(...refused.map(Math.abs));
    expect(peak).toBeGreaterThan(0.24 * 32_767);
    expect(peak).toBeLessThanOrEqual(0.25 * 32_767 + 1);
  });

  it("differ between an entry, an exit, a refusal and a queued read", () => {
    const kinds = ["entry", "exit", "refused", "queued"] as const;
    const first = kinds.map((k) => samples(toneWav(k, 8_000)).slice(0, 400).join(","));
    expect(new Set(first).size).toBe(4);
  });
});
