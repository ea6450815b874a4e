"use client";

import { useState } from "react";
import { LookalikeOffer } from "@/components/parking-session/lookalike-offer";
import type { GateOutcome, GateRead } from "@/lib/gate/outbox";
import { newRequestId } from "@/lib/request-id";

type Refusal = Extract<GateOutcome, { status: "refused" }>;

/**
 * The refused read sent again for the car the operator picked: same moment and photo, its own
 * request id, and the plate first read, which the server keeps as the corrected read.
 */
export function lookalikeRead(read: GateRead, plate: string): GateRead {
  return { ...read, requestId: newRequestId(), plate, readPlate: read.plate, source: "confirmed" };
}

/** Under an exit refused as "not inside": the look-alike cars inside, one tap to let the right one out. */
export function GateLookalikes({ refusal, onMatch }: { refusal: Refusal; onMatch: (read: GateRead) => Promise<void> }) {
  const [sending, setSending] = useState<string | null>(null);
  const suggestions = refusal.error.code === "not_inside" ? (refusal.error.suggestions ?? []) : [];
  function pick(plate: string) {
    setSending(plate);
    void onMatch(lookalikeRead(refusal.read, plate)).finally(() => setSending(null));
  }
  return <LookalikeOffer suggestions={suggestions} onPick={pick} sending={sending} size="lg" />;
}
