// npm run backup [-- --out DIR]
// Backs up DATABASE_URL's database (default file:./data/pelak.db) into DIR (default
// <PELAK_DATA_DIR or data>/backups) as pelak-<UTC time>.db (SQLite's online backup) or .dump
// (PostgreSQL: pg_dump -Fc, which must be installed). The servers may keep running. The new file's
// path is printed on the last line; the file is readable by this user only.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "@/lib/server/backup/backup-database";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const USAGE = "usage: npm run backup [-- --out DIR]";

async function main(argv: string[]): Promise<number> {
  let out: string | undefined;
  try {
    out = parseArgs({ args: argv, options: { out: { type: "string" } } }).values.out;
  } catch {
    console.error(USAGE);
    return 2;
  }
  const { databaseUrl, dataDir } = env();
  const file = await backupDatabase({ databaseUrl, outDir: out ?? path.join(dataDir, "backups"), at: new Date() });
  console.log(file);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof AppError ? `error: ${error.messages.en}` : error);
  process.exitCode = 1;
}
