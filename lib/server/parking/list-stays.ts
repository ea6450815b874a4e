import "server-only";
import { canonicalPlate } from "@/lib/parking/plate";
import { normalizePlateInput } from "@/lib/parking/plate-normalize";
import { isPaymentMethod, type PaymentMethod } from "@/lib/parking/payment";
import { toStayStatus, type StayStatus } from "@/lib/parking/stay-status";
import { hotSql } from "../db";
import { AppError } from "../errors";
import { gateNamesById } from "../gates/gates";
import type { SqlValue } from "../sql/sql-client";
import { toDate } from "../sql/sql-dates";

export type { StayStatus };

/** One stay in the history: open stays have no exit, duration or cost yet. */
export type Stay = {
  id: number;
  plate: string;
  entryAt: Date;
  exitAt: Date | null;
  durationMinutes: number | null;
  cost: number | null;
  status: StayStatus;
  /** Who registered the entry and the exit (a user's or token's name at the time). */
  entryActor: string | null;
  exitActor: string | null;
  /** The named gates of the entry and the exit (their current names); null when none read it. */
  entryGate: string | null;
  exitGate: string | null;
  /** How the exit was paid; null while inside, for archived stays and when there was nothing to pay. */
  paymentMethod: PaymentMethod | null;
  exemptReason: string | null;
  /** What an exempt stay would have cost (its cost is 0). */
  waivedAmount: number | null;
};

export type StayPage = { items: Stay[]; nextCursor: string | null };

export type ListStaysOptions = {
  /** Any part of the plate as typed (Persian, Arabic or Latin digits, with or without the dash). */
  plate?: string;
  /** Stays that entered at or after `from` and before `to`. */
  from?: Date;
  to?: Date;
  status?: StayStatus;
  /** An actor name exactly as stored: stays whose entry or exit that person or token registered. */
  operator?: string;
  /** A gate id: stays whose entry or exit that gate read. */
  gate?: number;
  /** Stays paid this way (keyset pages on the paymentMethod index). */
  paymentMethod?: PaymentMethod;
  /** next_cursor of the previous page (opaque). */
  cursor?: string;
  /** 1–100, default 50. */
  limit?: number;
};

export const DEFAULT_STAYS_LIMIT = 50;
export const MAX_STAYS_LIMIT = 100;

type Cursor = { entryAt: Date; id: number };

/** Opaque to callers: the last item's entry time and id, base64url-encoded. */
export function encodeStayCursor(stay: Pick<Stay, "entryAt" | "id">): string {
  return Buffer.from(`${stay.entryAt.getTime()}.${stay.id}`).toString("base64url");
}

export function invalidCursor(): AppError {
  const message = { fa: "نشانگر صفحه معتبر نیست.", en: "The cursor is not valid." };
  return new AppError({ kind: "validation", messages: message, fieldErrors: { cursor: message } });
}

export function decodeStayCursor(cursor: string): Cursor {
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const entryAt = match ? new Date(Number(match[1])) : null;
  const id = match ? Number(match[2]) : NaN;
  if (!entryAt || Number.isNaN(entryAt.getTime()) || !Number.isSafeInteger(id) || id > 2 ** 31) throw invalidCursor();
  return { entryAt, id };
}

type Row = {
  id: number | bigint; plate: string; entryAt: Date | string; exitAt: Date | string | null;
  durationMinutes: number | bigint | null; cost: number | bigint | null; status: string;
  entryActor: string | null; exitActor: string | null;
  entryGateId: number | bigint | null; exitGateId: number | bigint | null;
  paymentMethod: string | null; exemptReason: string | null; waivedAmount: number | bigint | null;
};

const toNumber = (value: number | bigint | null) => (value === null ? null : Number(value));

function toStay(row: Row, gateNames: Map<number, string>): Stay {
  const status = toStayStatus(row.status);
  return {
    id: Number(row.id),
    plate: row.plate,
    entryAt: toDate(row.entryAt),
    exitAt: row.exitAt === null ? null : toDate(row.exitAt),
    durationMinutes: toNumber(row.durationMinutes),
    cost: toNumber(row.cost),
    status,
    entryActor: row.entryActor,
    exitActor: row.exitActor,
    entryGate: row.entryGateId === null ? null : (gateNames.get(Number(row.entryGateId)) ?? null),
    exitGate: row.exitGateId === null ? null : (gateNames.get(Number(row.exitGateId)) ?? null),
    paymentMethod: isPaymentMethod(row.paymentMethod) ? row.paymentMethod : null,
    exemptReason: row.exemptReason,
    waivedAmount: toNumber(row.waivedAmount),
  };
}

/** Gate names are looked up once per page (a handful of rows) rather than joined into the history scan. */
async function toStays(rows: Row[]): Promise<Stay[]> {
  const names = rows.some((row) => row.entryGateId !== null || row.exitGateId !== null) ? await gateNamesById() : new Map<number, string>();
  return rows.map((row) => toStay(row, names));
}

const COLUMNS = `"id", "plate", "entryAt", "exitAt", "durationMinutes", "cost", "status", "entryActor", "exitActor", "entryGateId", "exitGateId", "paymentMethod", "exemptReason", "waivedAmount"`;

/** One stay by id, or null. */
export async function findStay(id: number): Promise<Stay | null> {
  const rows = await (await hotSql()).read<Row>(`SELECT ${COLUMNS} FROM "ParkingSession" WHERE "id" = $1`, [id]);
  return rows[0] ? (await toStays(rows))[0] : null;
}

/**
 * Stays newest first (entry time, then id), one keyset page at a time: each page is an index range
 * scan from the cursor, as fast at the millionth row as at the first (docs/BENCHMARKS.md). A whole
 * plate uses the plate index; a fragment is matched anywhere in the plate (a scan in entry order
 * that stops once the page is full).
 */
export async function listStays(opts: ListStaysOptions = {}): Promise<StayPage> {
  const limit = Math.min(MAX_STAYS_LIMIT, Math.max(1, Math.floor(opts.limit ?? DEFAULT_STAYS_LIMIT)));
  return queryStays(opts, limit);
}

/** For pages: a cursor from an edited address starts again at the newest stay instead of failing. */
export async function readStayPage(opts: Omit<ListStaysOptions, "limit">): Promise<StayPage> {
  try {
    return await listStays(opts);
  } catch (error) {
    if (opts.cursor && error instanceof AppError && error.fieldErrors?.cursor) return listStays({ ...opts, cursor: undefined });
    throw error;
  }
}

/** listStays without the 100 cap, for the export's larger pages. */
export async function queryStays(opts: Omit<ListStaysOptions, "limit">, limit: number): Promise<StayPage> {
  const params: SqlValue[] = [];
  const param = (value: SqlValue) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  const typed = opts.plate?.trim() ?? "";
  if (typed) {
    const whole = canonicalPlate(typed);
    if (whole) {
      where.push(`"plate" = ${param(whole)}`);
    } else {
      const fragment = normalizePlateInput(typed).replace(/[%_\\]/g, "");
      if (fragment) where.push(`REPLACE("plate", '-', '') LIKE ${param(`%${fragment}%`)}`);
    }
  }
  if (opts.status) where.push(`"status" = ${param(opts.status)}`);
  // No actor index: like a fragment, a scan in entry order that stops once the page is full.
  if (opts.operator) {
    const name = param(opts.operator);
    where.push(`("entryActor" = ${name} OR "exitActor" = ${name})`);
  }
  // Like the operator: most stays pass one gate or another, so a scan in entry order fills a page fast.
  if (opts.paymentMethod) where.push(`"paymentMethod" = ${param(opts.paymentMethod)}`);
  if (opts.gate) {
    const gate = param(opts.gate);
    where.push(`("entryGateId" = ${gate} OR "exitGateId" = ${gate})`);
  }
  if (opts.from) where.push(`"entryAt" >= ${param(opts.from)}`);
  if (opts.to) where.push(`"entryAt" < ${param(opts.to)}`);
  if (opts.cursor) {
    const cursor = decodeStayCursor(opts.cursor);
    where.push(`("entryAt", "id") < (${param(cursor.entryAt)}, ${param(cursor.id)})`);
  }
  const sql = `SELECT ${COLUMNS} FROM "ParkingSession"
    ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY "entryAt" DESC, "id" DESC LIMIT ${param(limit + 1)}`;
  // Straight to the driver (lib/server/sql): a history page is a dashboard-rate read.
  const rows = await (await hotSql()).read<Row>(sql, params);
  const items = await toStays(rows.slice(0, limit));
  const nextCursor = rows.length > limit ? encodeStayCursor(items[items.length - 1]) : null;
  return { items, nextCursor };
}
