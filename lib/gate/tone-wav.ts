export type ToneKind = "entry" | "exit" | "refused" | "queued" | "denied";

type Wave = "sine" | "square" | "triangle";

/** Notes (Hz, 0 = rest) and their length (s): rising for an entry, falling for an exit, low buzz for a refusal. */
const MELODIES: Record<ToneKind, { wave: Wave; notes: [number, number][] }> = {
  entry: { wave: "sine", notes: [[660, 0.12], [880, 0.18]] },
  exit: { wave: "sine", notes: [[880, 0.12], [660, 0.18]] },
  refused: { wave: "square", notes: [[220, 0.22], [0, 0.08], [220, 0.3]] },
  queued: { wave: "triangle", notes: [[520, 0.15], [0, 0.1], [520, 0.15]] },
  // A watch-listed plate refused: a siren-like high-low alternation, unlike any other result.
  denied: { wave: "square", notes: [[988, 0.14], [494, 0.14], [988, 0.14], [494, 0.14], [988, 0.14], [494, 0.3]] },
};

const VOLUME = 0.25;
/** Each note fades in and out over this long, so it starts and ends without a click. */
const FADE_SECONDS = 0.01;

function sample(wave: Wave, phase: number): number {
  const cycle = phase - Math.floor(phase);
  if (wave === "square") return cycle < 0.5 ? 1 : -1;
  if (wave === "triangle") return 1 - 4 * Math.abs(cycle - 0.5);
  return Math.sin(2 * Math.PI * cycle);
}

/**
 * The result tone as a 16-bit mono WAV file. Played through an <audio> element, it costs the page's
 * main thread nothing at the moment of a result (creating a Web Audio context there took ~50 ms).
 */
export function toneWav(kind: ToneKind, sampleRate = 22_050): Uint8Array<ArrayBuffer> {
  const { wave, notes } = MELODIES[kind];
  const total = notes.reduce((n, [, seconds]) => n + Math.round(seconds * sampleRate), 0);
  const bytes = new Uint8Array(44 + total * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, "RIFF");
  view.setUint32(4, 36 + total * 2, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, total * 2, true);
  let offset = 44;
  for (const [frequency, seconds] of notes) {
    const length = Math.round(seconds * sampleRate);
    const fade = FADE_SECONDS * sampleRate;
    for (let i = 0; i < length; i++, offset += 2) {
      const envelope = Math.min(1, i / fade, (length - 1 - i) / fade);
      const value = frequency > 0 ? VOLUME * envelope * sample(wave, (frequency * i) / sampleRate) : 0;
      view.setInt16(offset, Math.round(value * 32_767), true);
    }
  }
  return bytes;
}
