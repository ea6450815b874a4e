// npm run import-legacy -- path/to/parking.db [--dry-run]
// Imports the old system's SQLite database (stays, capacity, price) into the database in
// DATABASE_URL (default file:./data/pelak.db). Safe to run again: what was imported is skipped.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/server is marked server-only; Node loads it outside Next under the react-server condition.
if (!process.execArgv.includes("--conditions=react-server")) {
  const args = ["--conditions=react-server", "--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url)];
  const child = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { AppError } = await import("@/lib/server/errors");
const { importLegacy } = await import("@/lib/server/legacy-import/import-legacy");
type Result = Awaited<ReturnType<typeof importLegacy>>;

const actor = { kind: "system", id: "cli", name: `cli:${os.userInfo().username}`, role: "admin" } as const;
const USAGE = "usage: npm run import-legacy -- path/to/parking.db [--dry-run]";
const SETTING_NAMES = { capacity: "capacity", pricePerHour: "price per hour" } as const;

function report(result: Result): string[] {
  const { created, dryRun } = result;
  const lines = [dryRun ? "Dry run: nothing was changed." : "Imported."];
  lines.push(`${dryRun ? "Stays to create" : "Stays created"}: ${created.closed + created.open} (${created.closed} closed, ${created.open} still inside)`);
  lines.push(`Already imported, skipped: ${result.alreadyImported}`);
  const changes = Object.entries(result.settings).map(([field, c]) => `${SETTING_NAMES[field as keyof typeof SETTING_NAMES]} ${c.from} → ${c.to}`);
  lines.push(changes.length === 0 ? "Settings: no change" : `Settings ${dryRun ? "to change" : "changed"}: ${changes.join(", ")}`);
  lines.push(`Rejected rows: ${result.rejections.length}`);
  for (const r of result.rejections) lines.push(`  ${r.table} ${r.id}: ${r.reason}`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { "dry-run": { type: "boolean", default: false } } });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const result = await importLegacy({ file: positionals[0], dryRun: values["dry-run"], actor });
  console.log(report(result).join("\n"));
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof AppError ? `error: ${error.messages.en}` : error);
  process.exitCode = 1;
}
