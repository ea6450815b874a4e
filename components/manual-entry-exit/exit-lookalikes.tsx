"use client";

import { useState } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { LookalikeOffer } from "@/components/parking-session/lookalike-offer";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import type { LookalikeStay } from "@/lib/parking/parking-results";
import { newRequestId } from "@/lib/request-id";
import type { ExitSummary } from "./exit-receipt";
import { useRefreshLiveData } from "./plate-form";

/** A typed plate that is not inside, and the look-alike cars inside it may have been meant for. */
export type LookalikeChoice = { readPlate: string; suggestions: LookalikeStay[] };

/** The offer an exit answer makes, when it refused the plate as not inside and has look-alikes. */
export function lookalikeChoice(readPlate: string, result: ActionResult<unknown>): LookalikeChoice | null {
  if (result.ok || result.error.code !== "not_inside" || !result.error.suggestions?.length) return null;
  return { readPlate, suggestions: result.error.suggestions };
}

type ExitLookalikesProps = {
  choice: LookalikeChoice;
  exit: (input: { plate: string; requestId: string; read_plate: string }) => Promise<ActionResult<ExitSummary>>;
  onExited: (summary: ExitSummary) => void;
};

/** Under the exit form: one tap registers the picked car's exit, recorded as a corrected read. */
export function ExitLookalikes({ choice, exit, onExited }: ExitLookalikesProps) {
  const { locale } = useI18n();
  const refresh = useRefreshLiveData();
  const [sending, setSending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function pick(plate: string) {
    setSending(plate);
    setFailure(null);
    const result = await callAction(exit, { plate, requestId: newRequestId(), read_plate: choice.readPlate });
    setSending(null);
    if (!result.ok) {
      setFailure(result.error[locale]);
      return;
    }
    await refresh();
    onExited(result.data);
  }

  return (
    <div className="flex flex-col gap-2">
      <LookalikeOffer suggestions={choice.suggestions} onPick={(plate) => void pick(plate)} sending={sending} />
      {failure && <Alert tone="error">{failure}</Alert>}
    </div>
  );
}
