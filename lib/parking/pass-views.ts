import type { DayKey } from "./pass-rules";
import type { WatchKind } from "./pass-schema";

/** What the admin pages and the REST API show of a pass; read by the browser too. */
export type PassView = {
  id: number;
  holder: string;
  phone: string;
  plates: string[];
  validFrom: DayKey;
  validTo: DayKey;
  kind: "paid" | "free";
  fee: number;
  createdAt: Date;
  updatedAt: Date;
};

export type WatchEntryView = { id: number; plate: string; kind: WatchKind; reason: string; createdAt: Date; updatedAt: Date };
