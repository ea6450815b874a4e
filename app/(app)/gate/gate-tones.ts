export type ToneKind = "entry" | "exit" | "refused" | "queued";

/** Notes (Hz) and their length (s): rising for an entry, falling for an exit, low buzz for a refusal. */
const MELODIES: Record<ToneKind, { type: OscillatorType; notes: [number, number][] }> = {
  entry: { type: "sine", notes: [[660, 0.12], [880, 0.18]] },
  exit: { type: "sine", notes: [[880, 0.12], [660, 0.18]] },
  refused: { type: "square", notes: [[220, 0.22], [0, 0.08], [220, 0.3]] },
  queued: { type: "triangle", notes: [[520, 0.15], [0, 0.1], [520, 0.15]] },
};

let shared: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === "undefined") return null;
  shared ??= new AudioContext();
  return shared;
}

/**
 * Browsers keep a page's audio suspended until it has been tapped; the station calls this on every
 * tap, so results announced later by auto-submission (no tap of their own) are heard.
 */
export function unlockTones(): void {
  const context = audio();
  if (context?.state === "suspended") void context.resume().catch(() => undefined);
}

/** Generated with Web Audio, so the gate needs no sound files (and works offline). */
export function playTone(kind: ToneKind): void {
  const context = audio();
  if (!context) return;
  const { type, notes } = MELODIES[kind];
  let at = context.currentTime + 0.02;
  for (const [frequency, seconds] of notes) {
    if (frequency > 0) {
      const oscillator = new OscillatorNode(context, { type, frequency });
      const gain = new GainNode(context, { gain: 0 });
      gain.gain.setValueAtTime(0, at);
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
