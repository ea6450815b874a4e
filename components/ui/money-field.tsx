"use client";

import { useId, useLayoutEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { amountInWords, caretAfterDigits, groupDigits, moneyDigits } from "@/lib/i18n/money-input";

type MoneyFieldProps = {
  label: string;
  /** The form field's name: a hidden input carries the plain number ("1500000"). */
  name: string;
  /** null: empty (an optional amount). */
  defaultValue: number | null;
  help?: string;
  error?: string;
  className?: string;
};

/**
 * A Toman amount: grouped digits while typing (Persian digits in Persian) and the amount in words
 * under it, so a zero too many shows at once. The caret stays after the digit it followed.
 */
export function MoneyField({ label, name, defaultValue, help, error, className = "" }: MoneyFieldProps) {
  const { locale, t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const [digits, setDigits] = useState(() => (defaultValue === null ? "" : String(defaultValue)));
  const shown = groupDigits(digits, locale);

  useLayoutEffect(() => {
    if (caret.current === null || document.activeElement !== input.current) return;
    const at = caretAfterDigits(shown, caret.current);
    input.current?.setSelectionRange(at, at);
    caret.current = null;
  }, [shown]);

  const words = digits ? `${amountInWords(Number(digits), locale)} ${t.money.toman}` : "";
  const describedBy = [`${id}-words`, help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        value={shown}
        onChange={(event) => {
          const { value, selectionStart } = event.target;
          caret.current = moneyDigits(value.slice(0, selectionStart ?? value.length)).length;
          setDigits(moneyDigits(value));
        }}
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`h-10 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 tabular-nums focus:border-blue-600 aria-invalid:border-rose-500 ${locale === "fa" ? "text-right" : "text-left"}`}
      />
      <input type="hidden" name={name} value={digits} />
      <p id={`${id}-words`} className="min-h-4 text-xs text-slate-600" data-testid={`${name}-words`}>
        {words}
      </p>
      {help && (
        <p id={`${id}-help`} className="text-xs text-slate-500">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
