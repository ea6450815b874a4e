-- Hardening (issue 12): session versions, both times of a gate read, progressive sign-in limits.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "entryReceivedAt" TIMESTAMP(3),
ADD COLUMN "exitReceivedAt" TIMESTAMP(3);

-- RateLimit counts failures in a row now instead of per fixed window; the old counts are dropped.
DROP TABLE "RateLimit";
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimit_lastFailureAt_idx" ON "RateLimit"("lastFailureAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");
