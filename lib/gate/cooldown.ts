export type GateDirection = "entry" | "exit";

/** When each plate was last sent per direction (ms since the epoch), keyed `direction plate`. */
export type RecentSubmissions = ReadonlyMap<string, number>;

const key = (plate: string, direction: GateDirection) => `${direction} ${plate}`;

/** True while the same plate was sent in the same direction less than cooldownSeconds ago. */
export function isCoolingDown(
  recent: RecentSubmissions,
  plate: string,
  direction: GateDirection,
  now: number,
  cooldownSeconds: number,
): boolean {
  const sentAt = recent.get(key(plate, direction));
  return sentAt !== undefined && now - sentAt < cooldownSeconds * 1000;
}

/** Records a submission and drops the ones whose cooldown has run out, so the map stays small. */
export function rememberSubmission(
  recent: RecentSubmissions,
  plate: string,
  direction: GateDirection,
  now: number,
  cooldownSeconds: number,
): RecentSubmissions {
  const next = new Map<string, number>();
  for (const [name, sentAt] of recent) if (now - sentAt < cooldownSeconds * 1000) next.set(name, sentAt);
  next.set(key(plate, direction), now);
  return next;
}
