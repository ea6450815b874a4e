import type { ActivityJson } from "./activity-json";

/** A car inside as GET /api/app/inside and the cars-inside page show it: the stay and what it owes so far. */
export type InsideCarJson = ActivityJson & { owedSoFar: number };
