/**
 * The tablet's offline queue sends a read with its age (readAgoMs). Reads normally arrive within
 * seconds; the queue retries at most every 30 s (lib/gate/outbox.ts), so a read needs a long age only
 * when the tablet was cut off from the server. Ages are bounded so that an operator cannot bill a
 * week-long stay as one minute: a read older than a long shift is refused, and one older than a few
 * minutes is recorded but flagged for the admin (audit log and dashboard).
 */
export const MAX_READ_AGO_MS = 12 * 60 * 60 * 1000;

/** A read that arrives this much later than it was made is flagged. */
export const LATE_READ_MS = 10 * 60 * 1000;

export function isLateRead(at: Date, receivedAt: Date): boolean {
  return receivedAt.getTime() - at.getTime() > LATE_READ_MS;
}
