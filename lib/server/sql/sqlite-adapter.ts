import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import type { WriteLock } from "./write-lock";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

function connectionOf(adapter: Adapter): Database.Database {
  const client: unknown = "client" in adapter ? adapter.client : undefined;
  if (!(client instanceof Database)) throw new Error("@prisma/adapter-better-sqlite3 changed: no better-sqlite3 client on its adapter");
  return client;
}

/**
 * Prisma's transactions start with a deferred BEGIN. Across several server processes a
 * transaction that reads and then writes can then fail at once with SQLITE_BUSY (its snapshot is
 * stale once another process has committed), so each starts with BEGIN IMMEDIATE: it waits for the
 * write lock before reading. They also queue on the process's write lock, shared with the hot-path
 * SQL on the same connection (./sqlite-sql.ts).
 */
function serialiseTransactions(adapter: Adapter, connection: Database.Database, lock: WriteLock): void {
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql)) as typeof connection.prepare;
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    let transaction: Transaction;
    try {
      transaction = await start(isolationLevel);
    } catch (error) {
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
}

/**
 * WAL lets readers run beside the single writer. synchronous=NORMAL keeps every commit across an
 * application crash (not across power loss); PELAK_SQLITE_SYNCHRONOUS=FULL trades speed for that.
 * Set when the connection opens, before Prisma can start a transaction on it. onConnect receives
 * the connection for the hot-path SQL.
 */
export function tunedSqliteAdapter(opts: {
  file: string;
  synchronous: "NORMAL" | "FULL";
  lock: WriteLock;
  onConnect: (connection: Database.Database) => void;
}): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url: opts.file, timeout: 5_000 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    await adapter.executeScript(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${opts.synchronous};`);
    const connection = connectionOf(adapter);
    serialiseTransactions(adapter, connection, opts.lock);
    opts.onConnect(connection);
    return adapter;
  };
  return factory;
}
