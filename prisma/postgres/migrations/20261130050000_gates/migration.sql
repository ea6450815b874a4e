-- Named gates (issue 11): the Gate table with each gate's latest heartbeat, and the gate of each
-- stay's entry and exit (plain ids, no foreign key: stays outlive renamed or deactivated gates).

-- CreateTable
CREATE TABLE "Gate" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastHeartbeatAt" TIMESTAMP(3),
    "heartbeatCameraOn" BOOLEAN,
    "heartbeatBackend" TEXT,
    "heartbeatFps" DOUBLE PRECISION,
    "heartbeatPending" INTEGER,

    CONSTRAINT "Gate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Gate_name_key" ON "Gate"("name");

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "entryGateId" INTEGER,
ADD COLUMN "exitGateId" INTEGER;
