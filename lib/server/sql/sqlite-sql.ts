import "server-only";
import Database from "better-sqlite3";
import type { SqlClient, SqlTx, SqlValue } from "./sql-client";
import { sqliteDateText } from "./sql-dates";
import type { WriteLock } from "./write-lock";

type Statement = Database.Statement<unknown[], unknown>;
/** A statement and, for each of its ? placeholders, which $n parameter goes there. */
type Prepared = { statement: Statement; order: number[] };

/** How long a write waits for another process's transaction before giving up (SQLITE_BUSY). */
const BUSY_WAIT_MS = 5_000;

function preparedCache(connection: Database.Database) {
  const statements = new Map<string, Prepared>();
  return (sql: string): Prepared => {
    let prepared = statements.get(sql);
    if (!prepared) {
      // Written with PostgreSQL's $1 placeholders, which may repeat; bound here as plain ?s in order.
      const order: number[] = [];
      const text = sql.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), "?"));
      prepared = { statement: connection.prepare(text).safeIntegers(false), order };
      statements.set(sql, prepared);
    }
    return prepared;
  };
}

const toSqlite = (value: SqlValue) => (value instanceof Date ? sqliteDateText(value) : typeof value === "boolean" ? Number(value) : value);
const bind = ({ order }: Prepared, params: SqlValue[]) => order.map((index) => toSqlite(params[index]));

const isBusy = (error: unknown) => error instanceof Database.SqliteError && error.code.startsWith("SQLITE_BUSY");

/**
 * BEGIN IMMEDIATE takes the write lock before the transaction reads anything, so a read-then-write
 * never fails on a snapshot another process has moved on from. When another process holds the lock
 * this waits without blocking the event loop (the connection's own busy handler would sleep in it).
 */
function immediateBegin(writer: Database.Database): () => Promise<void> {
  const begin = writer.prepare("BEGIN IMMEDIATE");
  const noWait = writer.prepare("PRAGMA busy_timeout = 0");
  const wait = writer.prepare(`PRAGMA busy_timeout = ${BUSY_WAIT_MS}`);
  return async () => {
    const deadline = Date.now() + BUSY_WAIT_MS;
    noWait.run();
    try {
      for (;;) {
        try {
          begin.run();
          return;
        } catch (error) {
          if (!isBusy(error) || Date.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 1 + Math.random() * 2));
      }
    } finally {
      wait.run();
    }
  };
}

/**
 * Writes go through Prisma's own connection (`writer`), queued with Prisma's transactions on
 * `lock`; reads use a read-only connection of their own, so they see committed rows only.
 */
export function createSqliteSql(opts: { file: string; writer: Database.Database; lock: WriteLock }): SqlClient {
  const reader = new Database(opts.file, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS });
  const readStatement = preparedCache(reader);
  const writeStatement = preparedCache(opts.writer);
  const tx: SqlTx = {
    all: async <Row>(sql: string, params: SqlValue[] = []) => {
      const prepared = writeStatement(sql);
      return prepared.statement.all(...bind(prepared, params)) as Row[];
    },
    run: async (sql, params = []) => {
      const prepared = writeStatement(sql);
      return prepared.statement.run(...bind(prepared, params)).changes;
    },
    commitWith: async () => {
      throw new Error("commitWith is for PostgreSQL; SQLite's BEGIN IMMEDIATE already holds the lock");
    },
  };
  const begin = immediateBegin(opts.writer);
  const commit = opts.writer.prepare("COMMIT");
  const rollback = opts.writer.prepare("ROLLBACK");
  return {
    provider: "sqlite",
    read: async <Row>(sql: string, params: SqlValue[] = []) => {
      const prepared = readStatement(sql);
      return prepared.statement.all(...bind(prepared, params)) as Row[];
    },
    async write(fn) {
      const release = await opts.lock.acquire();
      try {
        await begin();
        try {
          const result = await fn(tx);
          commit.run();
          return result;
        } catch (error) {
          if (opts.writer.inTransaction) rollback.run();
          throw error;
        }
      } finally {
        release();
      }
    },
  };
}
