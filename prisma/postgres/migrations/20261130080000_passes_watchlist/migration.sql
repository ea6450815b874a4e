-- Passes and watch list (issue 10 item 2).
-- CreateTable
CREATE TABLE "Pass" (
    "id" SERIAL NOT NULL,
    "holder" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fee" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pass_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassPlate" (
    "id" SERIAL NOT NULL,
    "passId" INTEGER NOT NULL,
    "plate" TEXT NOT NULL,

    CONSTRAINT "PassPlate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchEntry" (
    "id" SERIAL NOT NULL,
    "plate" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WatchEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Pass_validTo_idx" ON "Pass"("validTo");

-- CreateIndex
CREATE INDEX "PassPlate_plate_idx" ON "PassPlate"("plate");

-- CreateIndex
CREATE UNIQUE INDEX "PassPlate_passId_plate_key" ON "PassPlate"("passId", "plate");

-- CreateIndex
CREATE UNIQUE INDEX "WatchEntry_plate_key" ON "WatchEntry"("plate");

-- AddForeignKey
ALTER TABLE "PassPlate" ADD CONSTRAINT "PassPlate_passId_fkey" FOREIGN KEY ("passId") REFERENCES "Pass"("id") ON DELETE CASCADE ON UPDATE CASCADE;

