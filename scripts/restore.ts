// npm run restore -- FILE [--yes]
// Replaces DATABASE_URL's database with FILE, a backup from `npm run backup`. Stop the server
// first: an SQLite database that a process has open is refused, and so is a PostgreSQL database
// with other clients connected (an idle server's pool may have none, so that check is not proof).
// A database that holds data is replaced only with --yes. `npm start` afterwards applies any
// migration newer than the backup.
import { parseArgs } from "node:util";
import { restoreDatabase } from "@/lib/server/backup/backup-database";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

const USAGE = "usage: npm run restore -- FILE [--yes]";

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { yes: { type: "boolean", default: false } } });
  } catch {
    parsed = undefined;
  }
  const [file, ...extra] = parsed?.positionals ?? [];
  if (!parsed || !file || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  await restoreDatabase({ databaseUrl: env().databaseUrl, backupFile: file, overwrite: parsed.values.yes });
  console.log(`Restored ${file}. Start the server with npm start (it applies any newer migrations).`);
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof AppError ? `error: ${error.messages.en}` : error);
  process.exitCode = 1;
}
