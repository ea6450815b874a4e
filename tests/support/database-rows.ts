import Database from "better-sqlite3";
import pg from "pg";

/** Every table's rows as sorted JSON lines (and PostgreSQL's sequence positions), to compare two databases. */
export type DatabaseRows = Record<string, string[]>;

const sortedJson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

export function readSqliteRows(file: string): DatabaseRows {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    // sqlite_sequence too: the next ids must carry on where the backed-up database left off.
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, sortedJson(db.prepare(`SELECT * FROM "${table}"`).all())]));
  } finally {
    db.close();
  }
}

export async function readPostgresRows(url: string): Promise<DatabaseRows> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).rows;
    const rows: DatabaseRows = {};
    for (const { tablename } of tables) rows[tablename] = sortedJson((await client.query(`SELECT * FROM "${tablename}"`)).rows);
    const sequences = await client.query("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'");
    rows["(sequences)"] = sortedJson(sequences.rows);
    return rows;
  } finally {
    await client.end();
  }
}
