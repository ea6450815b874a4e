import path from "node:path";

const DEFAULT_DATABASE_URL = "file:./data/pelak.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `file:./data/x.db` → absolute path, relative to the working directory (as SQLite itself does). */
export function sqliteFileFromUrl(url: string): string {
  const file = url.replace(/^file:/i, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
