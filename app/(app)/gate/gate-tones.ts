import { toneWav, type ToneKind } from "@/lib/gate/tone-wav";

let players: Record<ToneKind, HTMLAudioElement> | null = null;
let unlocked = false;

/** One <audio> element per tone, made from generated WAV files: no sound files, works offline. */
function tonePlayers(): Record<ToneKind, HTMLAudioElement> | null {
  if (typeof Audio === "undefined") return null;
  players ??= Object.fromEntries(
    (["entry", "exit", "refused", "queued", "denied"] as const).map((kind) => {
      const player = new Audio(URL.createObjectURL(new Blob([toneWav(kind)], { type: "audio/wav" })));
      player.preload = "auto";
      return [kind, player];
    }),
  ) as Record<ToneKind, HTMLAudioElement>;
  return players;
}

/** Prepares the tones ahead of the first result (the station calls it once it is shown). */
export function prepareTones(): void {
  tonePlayers();
}

/**
 * Some browsers (iPad Safari) let an <audio> element sound only after it was played from a tap; the
 * station calls this on every tap, so results announced later by auto-submission are heard.
 */
export function unlockTones(): void {
  const all = tonePlayers();
  if (unlocked || !all) return;
  unlocked = true;
  for (const player of Object.values(all)) {
    player.muted = true;
    player
      .play()
      .then(() => player.pause())
      .catch(() => undefined)
      .finally(() => {
        player.currentTime = 0;
        player.muted = false;
      });
  }
}

export function playTone(kind: ToneKind): void {
  const player = tonePlayers()?.[kind];
  if (!player) return;
  player.currentTime = 0;
  void player.play().catch(() => undefined);
}
