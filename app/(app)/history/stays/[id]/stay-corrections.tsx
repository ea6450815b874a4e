"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/call-action";
import { useI18n } from "@/components/i18n-provider";
import { PlateField } from "@/components/plate/plate-field";
import { checkPlate, partsFromText, EMPTY_PLATE, type PlateParts } from "@/components/plate/plate-parts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { MoneyField } from "@/components/ui/money-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult, BilingualMessage } from "@/lib/action-result";
import { toAsciiDigits } from "@/lib/parking/plate-normalize";
import { jalaliDayText, parseTehranDateTime, tehranClockText } from "@/lib/parking/tehran-wall-time";
import { correctStayAction, voidStayAction } from "./actions";

type StayFacts = { id: number; plate: string; status: "open" | "closed"; entryAt: string; exitAt: string | null; cost: number | null };
type Errors = Record<string, BilingualMessage>;

/** The typed day and time as an ISO instant when it differs from the stored one; undefined when unchanged. */
function changedTime(form: FormData, prefix: "entry" | "exit", stored: string | null): string | undefined | "bad" {
  const day = toAsciiDigits(String(form.get(`${prefix}Day`) ?? "")).trim();
  const time = toAsciiDigits(String(form.get(`${prefix}Time`) ?? "")).trim();
  if (!day && !time) return undefined;
  const instant = parseTehranDateTime(day, time);
  if (!instant) return "bad";
  // The form shows minutes: a stored time within the same minute is unchanged.
  if (stored && Math.floor(new Date(stored).getTime() / 60_000) === Math.floor(instant.getTime() / 60_000)) return undefined;
  return instant.toISOString();
}

/** An admin's "correct" and "void" buttons with their dialogs; both need a reason. */
export function StayCorrections({ stay }: { stay: StayFacts }) {
  const { locale, t } = useI18n();
  const c = t.corrections;
  const router = useRouter();
  const [open, setOpen] = useState<"correct" | "void" | null>(null);
  const [plate, setPlate] = useState<PlateParts>(() => partsFromText(stay.plate) ?? EMPTY_PLATE);
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const error = (name: string) => errors[name]?.[locale];

  const close = () => {
    setOpen(null);
    setErrors({});
    setFailure(null);
  };
  const send = (run: () => Promise<ActionResult<null>>) =>
    startTransition(async () => {
      const result = await run();
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFailure(result.error[locale]);
        return;
      }
      close();
      router.refresh();
    });

  function submitCorrection(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const entry = changedTime(form, "entry", stay.entryAt);
    const exit = stay.status === "closed" ? changedTime(form, "exit", stay.exitAt) : undefined;
    if (entry === "bad" || exit === "bad") {
      setErrors({ ...(entry === "bad" && { entry_at: { fa: t.corrections.badTime, en: t.corrections.badTime } }), ...(exit === "bad" && { exit_at: { fa: t.corrections.badTime, en: t.corrections.badTime } }) });
      return;
    }
    const check = checkPlate(plate);
    const costText = String(form.get("cost") ?? "");
    const cost = costText === "" ? undefined : Number(costText);
    const body = {
      ...(check.state === "valid" && check.plate.canonical !== stay.plate && { plate: check.plate.canonical }),
      ...(entry && { entry_at: entry }),
      ...(exit && { exit_at: exit }),
      ...(cost !== undefined && cost !== stay.cost && { cost }),
      reason: String(form.get("reason") ?? ""),
    };
    send(() => callAction(correctStayAction, stay.id, body));
  }

  function submitVoid(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    send(() => callAction(voidStayAction, stay.id, { reason }));
  }

  const reasonField = <TextField label={c.reason} name="reason" help={c.reasonHelp} error={error("reason")} maxLength={200} required data-testid="correction-reason" />;
  const actions = (label: string, variant: "primary" | "danger") => (
    <div className="flex flex-wrap gap-2">
      <Button type="submit" variant={variant} disabled={pending} data-testid="correction-submit">{pending ? c.saving : label}</Button>
      <Button type="button" variant="secondary" onClick={close}>{c.cancel}</Button>
    </div>
  );

  return (
    <div className="flex flex-wrap gap-2" data-testid="stay-corrections">
      <Button variant="secondary" onClick={() => setOpen("correct")} data-testid="correct-stay">{c.correctAction}</Button>
      <Button variant="danger" onClick={() => setOpen("void")} data-testid="void-stay">{c.voidAction}</Button>
      <Dialog open={open === "correct"} onClose={close} title={c.correctTitle} size="lg">
        <form onSubmit={submitCorrection} noValidate className="flex flex-col gap-3" data-testid="correction-form">
          <p className="text-sm text-slate-600">{c.correctBody}</p>
          <PlateField value={plate} onChange={setPlate} serverError={error("plate")} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField label={c.entryDay} name="entryDay" dir="ltr" defaultValue={jalaliDayText(new Date(stay.entryAt))} error={error("entry_at")} />
            <TextField label={c.entryTime} name="entryTime" dir="ltr" defaultValue={tehranClockText(new Date(stay.entryAt))} />
            {stay.status === "closed" && stay.exitAt && (
              <>
                <TextField label={c.exitDay} name="exitDay" dir="ltr" defaultValue={jalaliDayText(new Date(stay.exitAt))} error={error("exit_at")} />
                <TextField label={c.exitTime} name="exitTime" dir="ltr" defaultValue={tehranClockText(new Date(stay.exitAt))} />
              </>
            )}
          </div>
          {stay.status === "closed" && <MoneyField label={c.cost} name="cost" defaultValue={null} help={c.costHelp} error={error("cost")} />}
          {reasonField}
          {failure && <Alert tone="error">{failure}</Alert>}
          {actions(c.save, "primary")}
        </form>
      </Dialog>
      <Dialog open={open === "void"} onClose={close} title={c.voidTitle}>
        <form onSubmit={submitVoid} noValidate className="flex flex-col gap-3" data-testid="void-form">
          <p className="text-sm text-slate-600">{c.voidBody}</p>
          {reasonField}
          {failure && <Alert tone="error">{failure}</Alert>}
          {actions(c.confirmVoid, "danger")}
        </form>
      </Dialog>
    </div>
  );
}
