import type { PaymentMethod } from "./payment";
import type { TariffLine } from "./tariff-plan";

/** An entry ticket (handed over at entry) or an exit receipt (after paying). */
export type ReceiptKind = "entry" | "exit";
export const RECEIPT_KINDS = ["entry", "exit"] as const satisfies readonly ReceiptKind[];

/** 128 random bits in base64url: 22 characters. Anything else cannot be a code, so it is never looked up. */
const RECEIPT_CODE = /^[A-Za-z0-9_-]{22}$/;
export const isReceiptCode = (text: string) => RECEIPT_CODE.test(text);

/** The public verification page of a receipt code: what its QR opens. */
export const verifyPath = (code: string) => `/r/${code}`;

/** The stay as the receipt reads it (a row of ParkingSession). */
export type ReceiptStay = {
  id: number;
  plate: string;
  status: string;
  entryAt: Date;
  exitAt: Date | null;
  durationMinutes: number | null;
  cost: number | null;
  paymentMethod: PaymentMethod | null;
  exemptReason: string | null;
  waivedAmount: number | null;
};

export type ExitPart = {
  exitAt: Date;
  durationMinutes: number;
  cost: number;
  lines: TariffLine[];
  paymentMethod: PaymentMethod | null;
  exemptReason: string | null;
  waivedAmount: number | null;
};

/** Everything one printed receipt shows, in the order it shows it. */
export type Receipt = {
  kind: ReceiptKind;
  stayId: number;
  lotName: string;
  plate: string;
  entryAt: Date;
  /** null on an entry ticket. */
  exit: ExitPart | null;
  /** Absolute URL of the verification page, encoded in the QR. */
  verifyUrl: string;
};

/** An exit receipt only exists once the car has left; asked for while it is inside, the entry ticket. */
export function receiptKindFor(stay: Pick<ReceiptStay, "exitAt" | "status">, asked: ReceiptKind): ReceiptKind {
  return asked === "exit" && stay.exitAt && stay.status === "closed" ? "exit" : "entry";
}

export function buildReceipt(opts: { stay: ReceiptStay; kind: ReceiptKind; lotName: string; lines: TariffLine[]; origin: string; code: string }): Receipt {
  const { stay } = opts;
  const kind = receiptKindFor(stay, opts.kind);
  const exit: ExitPart | null =
    kind === "exit" && stay.exitAt
      ? {
          exitAt: stay.exitAt,
          durationMinutes: stay.durationMinutes ?? 0,
          cost: stay.cost ?? 0,
          lines: opts.lines,
          paymentMethod: stay.paymentMethod,
          exemptReason: stay.exemptReason,
          waivedAmount: stay.waivedAmount,
        }
      : null;
  return {
    kind,
    stayId: stay.id,
    lotName: opts.lotName,
    plate: stay.plate,
    entryAt: stay.entryAt,
    exit,
    verifyUrl: `${opts.origin.replace(/\/+$/, "")}${verifyPath(opts.code)}`,
  };
}

/**
 * What anyone holding the receipt may see: the plate, the times and the amount. No operator,
 * photo, gate, payment detail or other stay; a stay no longer charged shows no amount.
 */
export type VerifiedStay = {
  plate: string;
  entryAt: Date;
  exitAt: Date | null;
  /** "inside", "paid" (amount below) or "not_charged" (archived by a reset, or voided). */
  state: "inside" | "paid" | "not_charged";
  amount: number | null;
};

export function toVerifiedStay(stay: Pick<ReceiptStay, "plate" | "status" | "entryAt" | "exitAt" | "cost">): VerifiedStay {
  const state = stay.status === "open" ? "inside" : stay.status === "closed" ? "paid" : "not_charged";
  return {
    plate: stay.plate,
    entryAt: stay.entryAt,
    exitAt: stay.exitAt,
    state,
    amount: state === "paid" ? (stay.cost ?? 0) : null,
  };
}
