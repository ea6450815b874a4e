-- Named gates (issue 11): the Gate table with each gate's latest heartbeat, and the gate of each
-- stay's entry and exit (plain ids, no foreign key: stays outlive renamed or deactivated gates).

-- CreateTable
CREATE TABLE "Gate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastHeartbeatAt" DATETIME,
    "heartbeatCameraOn" BOOLEAN,
    "heartbeatBackend" TEXT,
    "heartbeatFps" REAL,
    "heartbeatPending" INTEGER
);

-- CreateIndex
CREATE UNIQUE INDEX "Gate_name_key" ON "Gate"("name");

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "entryGateId" INTEGER;
ALTER TABLE "ParkingSession" ADD COLUMN "exitGateId" INTEGER;
