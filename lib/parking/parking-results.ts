/**
 * What the parking use cases answer with. The use cases live in lib/server; these shapes are read
 * by the browser too (dialogs, gate outbox, status cards), so they live here, free of server code.
 */
export type EntryResult = { entryId: number; plate: string; entryAt: Date; replayed: boolean };

export type ExitResult = {
  sessionId: number;
  plate: string;
  entryAt: Date;
  exitAt: Date;
  durationMinutes: number;
  cost: number;
  replayed: boolean;
};

export type ParkingStatus = {
  lotName: string;
  capacity: number;
  active: number;
  free: number;
  pricePerHour: number;
  graceMinutes: number;
  todayRevenue: number;
};
