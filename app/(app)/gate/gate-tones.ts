export type ToneKind = "entry" | "exit" | "refused" | "queued";

/** Notes (Hz) and their length (s): rising for an entry, falling for an exit, low buzz for a refusal. */
const MELODIES: Record<ToneKind, { type: OscillatorType; notes: [number, number][] }> = {
  entry: { type: "sine", notes: [[660, 0.12], [880, 0.18]] },
  exit: { type: "sine", notes: [[880, 0.12], [660, 0.18]] },
  refused: { type: "square", notes: [[220, 0.22], [0, 0.08], [220, 0.3]] },
  queued: { type: "triangle", notes: [[520, 0.15], [0, 0.1], [520, 0.15]] },
};

let context: AudioContext | null = null;

/** Generated with Web Audio, so the gate needs no sound files (and works offline). */
export function playTone(kind: ToneKind): void {
  if (typeof AudioContext === "undefined") return;
  context ??= new AudioContext();
  // Browsers start the context suspended until the page has had a tap; the first tap wakes it.
  void context.resume().catch(() => undefined);
  const { type, notes } = MELODIES[kind];
  let at = context.currentTime + 0.02;
  for (const [frequency, seconds] of notes) {
    if (frequency > 0) {
      const oscillator = new OscillatorNode(context, { type, frequency });
      const gain = new GainNode(context, { gain: 0 });
      gain.gain.linearRampToValueAtTime(0.25, at + 0.01);
      gain.gain.setValueAtTime(0.25, at + seconds - 0.03);
      gain.gain.linearRampToValueAtTime(0, at + seconds);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + seconds);
    }
    at += seconds;
  }
}
