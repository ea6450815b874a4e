-- Passes and watch list (issue 10 item 2).
-- CreateTable
CREATE TABLE "Pass" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "holder" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fee" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PassPlate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "passId" INTEGER NOT NULL,
    "plate" TEXT NOT NULL,
    CONSTRAINT "PassPlate_passId_fkey" FOREIGN KEY ("passId") REFERENCES "Pass" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WatchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plate" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Pass_validTo_idx" ON "Pass"("validTo");

-- CreateIndex
CREATE INDEX "PassPlate_plate_idx" ON "PassPlate"("plate");

-- CreateIndex
CREATE UNIQUE INDEX "PassPlate_passId_plate_key" ON "PassPlate"("passId", "plate");

-- CreateIndex
CREATE UNIQUE INDEX "WatchEntry_plate_key" ON "WatchEntry"("plate");

