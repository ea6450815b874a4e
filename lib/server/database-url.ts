import path from "node:path";

// Kept apart from env.ts: prisma/migrate-adapter.ts needs these two without the environment.

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** `file:./data/x.db` → absolute path, relative to the working directory (as SQLite itself does). */
export function sqliteFileFromUrl(url: string): string {
  const file = url.replace(/^file:/i, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
