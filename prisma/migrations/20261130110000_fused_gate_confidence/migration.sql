-- The gate now compares gateAutoConfidence with a car's confidence fused over its frames
-- (lib/gate/plate-evidence.ts), calibrated at 0.9999 on anpr-data's held-out crops. A lot still on the
-- old default (0.995 per frame) moves to the new default; a value an admin chose is kept.
-- SQLite cannot change a column default in place: the one-row table is rebuilt (Prisma's pattern).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Setting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "lotName" TEXT NOT NULL DEFAULT 'پارکینگ',
    "capacity" INTEGER NOT NULL DEFAULT 200,
    "pricePerHour" INTEGER NOT NULL DEFAULT 20000,
    "graceMinutes" INTEGER NOT NULL DEFAULT 0,
    "lastResetAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "gateAutoFrames" INTEGER NOT NULL DEFAULT 3,
    "gateAutoConfidence" REAL NOT NULL DEFAULT 0.9999,
    "gateCooldownSeconds" INTEGER NOT NULL DEFAULT 60,
    "snapshotRetentionDays" INTEGER NOT NULL DEFAULT 90
);
INSERT INTO "new_Setting" ("id", "lotName", "capacity", "pricePerHour", "graceMinutes", "lastResetAt", "updatedAt", "gateAutoFrames", "gateAutoConfidence", "gateCooldownSeconds", "snapshotRetentionDays")
SELECT "id", "lotName", "capacity", "pricePerHour", "graceMinutes", "lastResetAt", "updatedAt", "gateAutoFrames",
       CASE WHEN "gateAutoConfidence" = 0.995 THEN 0.9999 ELSE "gateAutoConfidence" END, "gateCooldownSeconds", "snapshotRetentionDays"
FROM "Setting";
DROP TABLE "Setting";
ALTER TABLE "new_Setting" RENAME TO "Setting";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
