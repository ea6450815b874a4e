-- A million stays (issue 13): indexes for the history (keyset pages newest first, by plate, by
-- status), today's revenue and the monthly report. docs/BENCHMARKS.md shows the query plans.

-- DropIndex
DROP INDEX "ParkingSession_plate_idx";

-- DropIndex
DROP INDEX "ParkingSession_entryAt_idx";

-- CreateIndex
CREATE INDEX "ParkingSession_plate_entryAt_id_idx" ON "ParkingSession"("plate", "entryAt", "id");

-- CreateIndex
CREATE INDEX "ParkingSession_entryAt_id_idx" ON "ParkingSession"("entryAt", "id");

-- CreateIndex
CREATE INDEX "ParkingSession_status_entryAt_id_idx" ON "ParkingSession"("status", "entryAt", "id");

-- CreateIndex
CREATE INDEX "ParkingSession_status_exitAt_cost_durationMinutes_idx" ON "ParkingSession"("status", "exitAt", "cost", "durationMinutes");
