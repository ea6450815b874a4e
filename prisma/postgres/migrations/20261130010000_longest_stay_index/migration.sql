-- The report counts the cars inside when its range starts from the stays that entered at most the
-- longest closed stay before it (lib/server/parking/reports.ts); this index answers MAX at once.

-- CreateIndex
CREATE INDEX "ParkingSession_status_durationMinutes_idx" ON "ParkingSession"("status", "durationMinutes");
