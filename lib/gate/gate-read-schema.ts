import { z } from "zod";
import type { EntryResult, ExitResult } from "@/lib/parking/parking-results";
import { gateIdSchema } from "./gate-schema";
import { MAX_READ_AGO_MS } from "./late-reads";

/** The decoded snapshot's limit; the tablet downscales its JPEG to fit (lib/server/snapshots checks it). */
export const SNAPSHOT_MAX_BYTES = 150_000;
/** Longest side of the snapshot in pixels. */
export const SNAPSHOT_MAX_SIDE = 1280;
/** base64 of SNAPSHOT_MAX_BYTES: 4 characters per 3 bytes. */
export const SNAPSHOT_MAX_BASE64 = Math.ceil(SNAPSHOT_MAX_BYTES / 3) * 4;

/**
 * One plate read sent by the gate tablet (app/(app)/gate/actions.ts). The snapshot is bounded
 * loosely here so that an oversized one gets its own "too large" error from the server rather than
 * a generic validation error; the exact byte limit is SNAPSHOT_MAX_BYTES.
 */
export const gateReadSchema = z
  .object({
    requestId: z.uuid(),
    direction: z.enum(["entry", "exit"]),
    /** The named gate the tablet is paired with; absent on an unpaired tablet and in reads queued before pairing existed. */
    gateId: gateIdSchema.nullable().optional(),
    plate: z.string().max(40),
    source: z.enum(["auto", "confirmed", "manual"]),
    /** An exit the operator matched to a look-alike car inside: the plate as first read (plate is the car's). */
    readPlate: z.string().max(40).optional(),
    confidence: z.number().min(0).max(1).nullable(),
    snapshot: z.base64().max(2 * SNAPSHOT_MAX_BASE64).nullable(),
    readAgoMs: z
      .number()
      .int()
      .min(0)
      .refine((ago) => ago <= MAX_READ_AGO_MS, {
        message: "This read is more than 12 hours old; register the car by hand.",
        params: { fa: "این خوانش بیش از ۱۲ ساعت پیش انجام شده است؛ خودرو را دستی ثبت کنید." },
      }),
  })
  .strict();

export type GateReadInput = z.infer<typeof gateReadSchema>;

export type GateReading = Pick<GateReadInput, "source" | "confidence">;

export type GateReadResult = { direction: "entry"; entry: EntryResult } | { direction: "exit"; exit: ExitResult };
