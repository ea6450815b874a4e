-- Tariff plans (issue 10): versioned per vehicle class; a stay records its vehicle class.

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "vehicleClass" TEXT NOT NULL DEFAULT 'car';

-- CreateTable
CREATE TABLE "TariffPlan" (
    "id" SERIAL NOT NULL,
    "vehicleClass" TEXT NOT NULL,
    "freeMinutes" INTEGER NOT NULL,
    "firstHour" INTEGER NOT NULL,
    "nextHour" INTEGER NOT NULL,
    "unitMinutes" INTEGER NOT NULL,
    "dailyCap" INTEGER,
    "nightStart" INTEGER,
    "nightEnd" INTEGER,
    "nightPrice" INTEGER,
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TariffPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TariffPlan_vehicleClass_effectiveFrom_idx" ON "TariffPlan"("vehicleClass", "effectiveFrom");

-- The default car plan is today's rule, from the lot's settings, in force since always, so every
-- stay already recorded (and every car inside) keeps its price.
INSERT INTO "TariffPlan" ("vehicleClass", "freeMinutes", "firstHour", "nextHour", "unitMinutes", "effectiveFrom", "createdBy")
SELECT 'car', "graceMinutes", "pricePerHour", "pricePerHour", 60, TIMESTAMP '1970-01-01 00:00:00', 'migration'
FROM "Setting" WHERE "id" = 1;
