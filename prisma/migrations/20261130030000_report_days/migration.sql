-- Settled days' report figures, so a month's report need not read every stay (issue 13).

-- CreateTable
CREATE TABLE "ReportDay" (
    "dayStart" DATETIME NOT NULL PRIMARY KEY,
    "dayEnd" DATETIME NOT NULL,
    "entries" INTEGER NOT NULL,
    "exits" INTEGER NOT NULL,
    "revenue" BIGINT NOT NULL,
    "stayedMinutes" BIGINT NOT NULL,
    "peakOccupancy" INTEGER NOT NULL
);
