-- Tariff plans (issue 10): versioned per vehicle class; a stay records its vehicle class.

-- AlterTable
ALTER TABLE "ParkingSession" ADD COLUMN "vehicleClass" TEXT NOT NULL DEFAULT 'car';

-- CreateTable
CREATE TABLE "TariffPlan" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vehicleClass" TEXT NOT NULL,
    "freeMinutes" INTEGER NOT NULL,
    "firstHour" INTEGER NOT NULL,
    "nextHour" INTEGER NOT NULL,
    "unitMinutes" INTEGER NOT NULL,
    "dailyCap" INTEGER,
    "nightStart" INTEGER,
    "nightEnd" INTEGER,
    "nightPrice" INTEGER,
    "effectiveFrom" DATETIME NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "TariffPlan_vehicleClass_effectiveFrom_idx" ON "TariffPlan"("vehicleClass", "effectiveFrom");

-- The default car plan is today's rule, from the lot's settings, in force since always, so every
-- stay already recorded (and every car inside) keeps its price. Dates in the adapter's text form.
INSERT INTO "TariffPlan" ("vehicleClass", "freeMinutes", "firstHour", "nextHour", "unitMinutes", "effectiveFrom", "createdBy", "createdAt")
SELECT 'car', "graceMinutes", "pricePerHour", "pricePerHour", 60, '1970-01-01T00:00:00.000+00:00', 'migration', strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "Setting" WHERE "id" = 1;
