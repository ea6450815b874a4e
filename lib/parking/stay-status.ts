/** A stay's status: inside, left (charged), closed by a reset (never charged), or voided by an admin. */
export const STAY_STATUSES = ["open", "closed", "archived", "void"] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];

/** Stored text to a status; anything unknown reads as open, as the column's default. */
export const toStayStatus = (value: string): StayStatus =>
  (STAY_STATUSES as readonly string[]).includes(value) ? (value as StayStatus) : "open";
