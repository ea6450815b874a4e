import "server-only";
import { AppError } from "../errors";

/** A positive 32-bit id from a route segment: 400 invalid_id otherwise. */
export function readPathId(id: string): number {
  if (/^[1-9]\d{0,9}$/.test(id) && Number(id) <= 2 ** 31 - 1) return Number(id);
  throw new AppError({ kind: "bad_request", code: "invalid_id", messages: { fa: "شناسه باید عدد صحیح مثبت باشد.", en: "The id must be a positive integer." } });
}
