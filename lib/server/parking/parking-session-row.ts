/**
 * A ParkingSession row as raw SQL returns it on either database: the columns of the Prisma model,
 * without depending on one provider's generated client.
 */
export type ParkingSessionRow = {
  id: number;
  plate: string;
  openPlate: string | null;
  entryAt: Date;
  entryReceivedAt: Date | null;
  entryImage: string | null;
  entryRequestId: string | null;
  entrySnapshot: string | null;
  exitAt: Date | null;
  exitReceivedAt: Date | null;
  exitImage: string | null;
  exitRequestId: string | null;
  exitSnapshot: string | null;
  durationMinutes: number | null;
  cost: number | null;
  paymentMethod: string | null;
  exemptReason: string | null;
  waivedAmount: number | null;
  shiftId: number | null;
  status: string;
  entryActor: string | null;
  exitActor: string | null;
};
