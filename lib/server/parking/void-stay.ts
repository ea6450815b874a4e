import "server-only";
import type { Actor } from "../actor";
import { writeAuditSql } from "../audit";
import { requireAdmin } from "../auth/admin";
import { correctionError } from "../corrections/correction-errors";
import { afterStayRewrite, lockStay } from "../corrections/stay-rewrite";
import { hotSql } from "../db";
import { findStay, type Stay } from "./list-stays";

/**
 * An admin voids a stay, with a reason: the row is kept with status "void" and counts in no revenue
 * and no shift. A car still inside leaves the lot's count (openPlate cleared, its exit set to now),
 * freeing its space. Voiding a stay already void changes nothing and answers it as it is, so a
 * retried request is harmless.
 */
export async function voidStay(opts: { id: number; reason: string; actor: Actor }): Promise<Stay> {
  requireAdmin(opts.actor);
  const sql = await hotSql();
  await sql.write(async (tx) => {
    const stay = await lockStay(tx, sql.provider, opts.id);
    if (stay.status === "void") return;
    if (stay.status !== "open" && stay.status !== "closed") throw correctionError({ code: "not_correctable", status: stay.status });
    const exitAt = stay.exitAt ?? new Date();
    await tx.run(`UPDATE "ParkingSession" SET "status" = 'void', "openPlate" = NULL, "exitAt" = $2 WHERE "id" = $1`, [stay.id, exitAt]);
    const shift = await afterStayRewrite(tx, { from: stay.entryAt, shiftId: stay.shiftId });
    await writeAuditSql(tx, {
      actor: opts.actor, action: "session.void", entity: "ParkingSession", entityId: stay.id,
      before: { plate: stay.plate, status: stay.status, exitAt: stay.exitAt, cost: stay.cost, paymentMethod: stay.paymentMethod },
      after: { plate: stay.plate, status: "void", exitAt, cost: stay.cost, paymentMethod: stay.paymentMethod, reason: opts.reason, ...(shift && { shift }) },
    });
  });
  return (await findStay(opts.id))!;
}
