-- Snapshot sweep: how long gate photos are kept, and indexes for finding which files are referenced.

-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "snapshotRetentionDays" INTEGER NOT NULL DEFAULT 90;

-- CreateIndex
CREATE INDEX "ParkingSession_entrySnapshot_idx" ON "ParkingSession"("entrySnapshot");

-- CreateIndex
CREATE INDEX "ParkingSession_exitSnapshot_idx" ON "ParkingSession"("exitSnapshot");
