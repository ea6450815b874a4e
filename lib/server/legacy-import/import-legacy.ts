import "server-only";
import path from "node:path";
import { planLegacyImport, type LegacyRejection, type LegacyStay } from "@/lib/parking/legacy-stays";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { requireAdmin } from "../auth/admin";
import { hotSql } from "../db";
import { forgetReportDays } from "../parking/report-days";
import type { SqlTx, SqlValue } from "../sql/sql-client";
import { chunks, compareWithPelak, legacyEntryKey, legacyExitKey, type LegacyComparison, type Read } from "./compare-with-pelak";
import { readLegacyDb } from "./read-legacy-db";

export type LegacyImportResult = {
  dryRun: boolean;
  created: { closed: number; open: number };
  alreadyImported: number;
  rejections: LegacyRejection[];
  /** Only the settings that differed from Pelak's. */
  settings: LegacyComparison["settings"];
};

/** Who wrote an imported stay, in place of the gate or operator that would have. */
const LEGACY_ACTOR = "legacy";

const COLUMNS = [
  "plate", "openPlate", "status", "entryAt", "entryImage", "entryRequestId", "entryActor",
  "exitAt", "exitImage", "exitRequestId", "exitActor", "durationMinutes", "cost",
];

function stayValues(stay: LegacyStay): SqlValue[] {
  const { exit } = stay;
  const entry = [stay.plate, exit ? null : stay.plate, exit ? "closed" : "open", stay.entryAt, stay.entryImage, legacyEntryKey(stay.entryId), LEGACY_ACTOR];
  if (!exit) return [...entry, null, null, null, null, null, null];
  return [...entry, exit.at, exit.image, legacyExitKey(exit.id), LEGACY_ACTOR, exit.durationMinutes, exit.cost];
}

async function insertStays(tx: SqlTx, stays: LegacyStay[]): Promise<void> {
  for (const chunk of chunks(stays)) {
    const params = chunk.flatMap(stayValues);
    const rows = chunk.map((_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(", ")})`);
    await tx.run(`INSERT INTO "ParkingSession" (${COLUMNS.map((c) => `"${c}"`).join(", ")}) VALUES ${rows.join(", ")}`, params);
  }
}

async function applySettings(tx: SqlTx, changes: LegacyComparison["settings"]): Promise<void> {
  const fields = (["capacity", "pricePerHour"] as const).filter((field) => changes[field]);
  if (fields.length === 0) return;
  const set = fields.map((field, i) => `"${field}" = $${i + 2}`).join(", ");
  await tx.run(`UPDATE "Setting" SET "updatedAt" = $1, ${set} WHERE "id" = 1`, [new Date(), ...fields.map((f) => changes[f]!.to)]);
  // The old price becomes the car tariff plan from now on (lib/server/tariffs), as a settings change would.
  const price = changes.pricePerHour?.to;
  if (price !== undefined) {
    await tx.run(
      `INSERT INTO "TariffPlan" ("vehicleClass", "freeMinutes", "firstHour", "nextHour", "unitMinutes", "effectiveFrom", "createdBy", "createdAt")
       SELECT 'car', "graceMinutes", $1, $1, 60, $2, 'legacy-import', $2 FROM "Setting" WHERE "id" = 1`,
      [price, new Date()],
    );
  }
}

function summarise(comparison: LegacyComparison, planRejections: LegacyRejection[], dryRun: boolean): LegacyImportResult {
  const closed = comparison.toCreate.filter((s) => s.exit).length;
  return {
    dryRun,
    created: { closed, open: comparison.toCreate.length - closed },
    alreadyImported: comparison.alreadyImported.length,
    rejections: [...planRejections, ...comparison.rejections],
    settings: comparison.settings,
  };
}

/**
 * Imports the old system's parking.db: stays, capacity and price, in one transaction (a failed run
 * leaves nothing behind, and a repeated one adds nothing). A dry run reads and reports only.
 */
export async function importLegacy(opts: { file: string; dryRun: boolean; actor: Actor }): Promise<LegacyImportResult> {
  requireAdmin(opts.actor);
  const plan = planLegacyImport(readLegacyDb(opts.file));
  const sql = await hotSql();
  if (opts.dryRun) {
    const read: Read = (text, params) => sql.read(text, params);
    return summarise(await compareWithPelak(read, plan), plan.rejections, true);
  }
  const result = await sql.write(async (tx) => {
    const read: Read = (text, params) => tx.all(text, params);
    const comparison = await compareWithPelak(read, plan);
    await insertStays(tx, comparison.toCreate);
    await applySettings(tx, comparison.settings);
    const summary = summarise(comparison, plan.rejections, false);
    const after = { file: path.basename(opts.file), ...summary, rejections: summary.rejections.length };
    await writeAuditSql(tx, { actor: opts.actor, action: "legacy.import", entity: "ParkingSession", after });
    return { summary, stays: [...comparison.toCreate, ...comparison.alreadyImported] };
  });
  // After the commit (this write cannot nest in the import's), and for stays a previous run imported
  // too: a run that stopped between its commit and this line is made whole by the next one.
  const earliest = result.stays.reduce((min, s) => Math.min(min, s.entryAt.getTime()), Infinity);
  if (earliest !== Infinity) await forgetReportDays(new Date(earliest));
  return result.summary;
}
