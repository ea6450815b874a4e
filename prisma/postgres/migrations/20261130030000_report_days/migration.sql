-- Settled days' report figures, so a month's report need not read every stay (issue 13).

-- CreateTable
CREATE TABLE "ReportDay" (
    "dayStart" TIMESTAMP(3) NOT NULL,
    "dayEnd" TIMESTAMP(3) NOT NULL,
    "entries" INTEGER NOT NULL,
    "exits" INTEGER NOT NULL,
    "revenue" BIGINT NOT NULL,
    "stayedMinutes" BIGINT NOT NULL,
    "peakOccupancy" INTEGER NOT NULL,

    CONSTRAINT "ReportDay_pkey" PRIMARY KEY ("dayStart")
);
