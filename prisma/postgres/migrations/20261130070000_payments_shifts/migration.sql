-- Payment methods and cash shifts (issue 10 item 3).

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "paymentMethod" TEXT,
ADD COLUMN "exemptReason" TEXT,
ADD COLUMN "waivedAmount" INTEGER,
ADD COLUMN "shiftId" INTEGER;

-- CreateTable
CREATE TABLE "Shift" (
    "id" SERIAL NOT NULL,
    "owner" TEXT NOT NULL,
    "operatorName" TEXT NOT NULL,
    "openOwner" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "exits" INTEGER,
    "expectedCash" INTEGER,
    "expectedCard" INTEGER,
    "passExits" INTEGER,
    "exemptExits" INTEGER,
    "waivedAmount" INTEGER,
    "countedCash" INTEGER,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Shift_openOwner_key" ON "Shift"("openOwner");
CREATE INDEX "Shift_openedAt_idx" ON "Shift"("openedAt");
CREATE INDEX "Shift_owner_openedAt_idx" ON "Shift"("owner", "openedAt");
CREATE INDEX "ParkingSession_shiftId_paymentMethod_idx" ON "ParkingSession"("shiftId", "paymentMethod");
CREATE INDEX "ParkingSession_paymentMethod_entryAt_id_idx" ON "ParkingSession"("paymentMethod", "entryAt", "id");
CREATE INDEX "ParkingSession_payment_report_idx" ON "ParkingSession"("status", "exitAt", "paymentMethod", "cost", "waivedAmount");
