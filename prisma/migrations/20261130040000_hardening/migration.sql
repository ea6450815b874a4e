-- Hardening (issue 12): session versions, both times of a gate read, progressive sign-in limits.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "entryReceivedAt" DATETIME;
ALTER TABLE "ParkingSession" ADD COLUMN "exitReceivedAt" DATETIME;

-- RateLimit counts failures in a row now instead of per fixed window; the old counts are dropped.
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "RateLimit_lastFailureAt_idx" ON "RateLimit"("lastFailureAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
