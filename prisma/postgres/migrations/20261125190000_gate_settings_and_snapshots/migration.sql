-- Gate station (issue 5): auto-submit thresholds and the entry/exit snapshot file names.

-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "gateAutoConfidence" DOUBLE PRECISION NOT NULL DEFAULT 0.995,
ADD COLUMN     "gateAutoFrames" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "gateCooldownSeconds" INTEGER NOT NULL DEFAULT 60;

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN     "entrySnapshot" TEXT,
ADD COLUMN     "exitSnapshot" TEXT;
