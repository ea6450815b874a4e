import "server-only";
import pg from "pg";
import type { SqlClient, SqlTx, SqlValue } from "./sql-client";
import { postgresDateText } from "./sql-dates";

const bind = (params: SqlValue[]) => params.map((value) => (value instanceof Date ? postgresDateText(value) : value));

/**
 * Prisma's PostgreSQL columns are timestamp(3) without time zone, holding UTC: pg would read them
 * as the server's local time, so they come back as text and ./sql-dates.ts's toDate reads them.
 * COUNT(*) and SUM are int8/numeric: numbers here (counts and Toman sums stay far below 2^53).
 */
const TEXT = (value: string) => value;
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.TIMESTAMP) return TEXT;
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) return Number;
    return pg.types.getTypeParser(oid, format);
  },
};

/** Hot-path SQL on the pool Prisma also uses (lib/server/db.ts), so the process keeps one pool. */
export function createPostgresSql(pool: pg.Pool): SqlClient {
  return {
    provider: "postgresql",
    async read<Row>(sql: string, params: SqlValue[] = []) {
      const result = await pool.query({ text: sql, values: bind(params), types });
      return result.rows as Row[];
    },
    async write(fn) {
      const client = await pool.connect();
      let committed = false;
      const tx: SqlTx = {
        all: async <Row>(sql: string, params: SqlValue[] = []) => (await client.query({ text: sql, values: bind(params), types })).rows as Row[],
        run: async (sql, params = []) => (await client.query({ text: sql, values: bind(params), types })).rowCount ?? 0,
        commitWith: async (sql) => {
          await client.query(`${sql}; COMMIT`);
          committed = true;
        },
      };
      try {
        await client.query("BEGIN");
        const result = await fn(tx);
        if (!committed) await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        // A connection whose ROLLBACK fails is broken: release(true) closes it instead of reusing it.
        const broken = await client.query("ROLLBACK").then(() => false, () => true);
        client.release(broken);
        throw error;
      }
    },
  };
}
