-- The gate now compares gateAutoConfidence with a car's confidence fused over its frames
-- (lib/gate/plate-evidence.ts), calibrated at 0.9999 on anpr-data's held-out crops. A lot still on the
-- old default (0.995 per frame) moves to the new default; a value an admin chose is kept.
ALTER TABLE "Setting" ALTER COLUMN "gateAutoConfidence" SET DEFAULT 0.9999;
UPDATE "Setting" SET "gateAutoConfidence" = 0.9999 WHERE "gateAutoConfidence" = 0.995;
