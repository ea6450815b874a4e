-- Gate station (issue 5): auto-submit thresholds and the entry/exit snapshot file names.
-- SQLite adds NOT NULL columns with a default in place; no table rebuild is needed.

-- AlterTable
ALTER TABLE "Setting" ADD COLUMN "gateAutoFrames" INTEGER NOT NULL DEFAULT 3;
ALTER TABLE "Setting" ADD COLUMN "gateAutoConfidence" REAL NOT NULL DEFAULT 0.995;
ALTER TABLE "Setting" ADD COLUMN "gateCooldownSeconds" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "entrySnapshot" TEXT;
ALTER TABLE "ParkingSession" ADD COLUMN "exitSnapshot" TEXT;
