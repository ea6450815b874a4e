"use client";

import type { ClipboardEvent, KeyboardEvent, RefObject } from "react";
import { formatDigits } from "@/lib/i18n/format";
import { DIGIT_BOXES, type DigitBox, type PlateParts } from "./plate-parts";

type DigitBoxInputProps = {
  inputRef: RefObject<HTMLInputElement | null>;
  box: DigitBox;
  value: PlateParts;
  label: string;
  onValue: (box: DigitBox, raw: string) => void;
  onKeyDown: (box: DigitBox, event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
  className: string;
};

/** One group of plate digits, shown in Persian digits as on the real plate whatever was typed. */
export function DigitBoxInput({ inputRef, box, value, label, onValue, onKeyDown, onPaste, describedBy, invalid, autoFocus, className }: DigitBoxInputProps) {
  return (
    <input
      ref={inputRef}
      value={formatDigits(value[box], "fa")}
      onChange={(event) => onValue(box, event.target.value)}
      onKeyDown={(event) => onKeyDown(box, event)}
      onPaste={onPaste}
      onFocus={(event) => event.target.select()}
      inputMode="numeric"
      autoComplete="off"
      enterKeyHint={box === "region" ? "done" : "next"}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
      placeholder={formatDigits("0".repeat(DIGIT_BOXES[box]), "fa")}
      className={`h-full min-w-0 bg-transparent text-center text-2xl font-bold tracking-wider text-slate-900 placeholder:text-slate-300 focus:bg-blue-50 focus:outline-none sm:text-3xl ${className}`}
    />
  );
}
