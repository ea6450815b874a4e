/**
 * DateTime columns as Prisma stores them. SQLite: ISO 8601 text with "+00:00" (the
 * better-sqlite3 adapter's default), compared as text by range queries, so every writer must use
 * exactly this form. PostgreSQL: timestamp(3) without time zone, in UTC.
 */
export function sqliteDateText(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function postgresDateText(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

/** A DateTime column's value as either driver returns it. */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  // PostgreSQL text without a zone is UTC here (see postgresDateText).
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
}
