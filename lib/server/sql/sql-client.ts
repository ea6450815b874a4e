import "server-only";

/** A value a hot-path statement binds: the two drivers' common ground. */
export type SqlValue = string | number | boolean | Date | null;

/** Statements inside one write transaction. SQL is written once, with PostgreSQL's $1 placeholders. */
export type SqlTx = {
  all<Row>(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Rows changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  /**
   * PostgreSQL only: these parameterless statements and the COMMIT in one round trip, so a lock
   * they take is held only inside the database, never across the server's event loop.
   */
  commitWith(sql: string): Promise<void>;
};

/**
 * Raw SQL for the few requests every gate and dashboard makes many times a second (entry, exit,
 * status): straight to the driver, without Prisma's per-query machinery, which cost about a third
 * of the server's CPU on these paths (docs/BENCHMARKS.md). Everything else uses Prisma.
 * Reads see committed data only; DateTime columns come back as they are stored (see ./sql-dates.ts).
 */
export type SqlClient = {
  provider: "sqlite" | "postgresql";
  read<Row>(sql: string, params?: SqlValue[]): Promise<Row[]>;
  /** Runs fn in a transaction that holds the write lock from its first statement. */
  write<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
};
