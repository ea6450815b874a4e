-- Receipts (issue 10): the unguessable code in a receipt's QR. NULL for stays from before; they get
-- one when their receipt is first printed.
ALTER TABLE "ParkingSession" ADD COLUMN "receiptCode" TEXT;
CREATE UNIQUE INDEX "ParkingSession_receiptCode_key" ON "ParkingSession"("receiptCode");
