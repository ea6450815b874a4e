"use client";

import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { PlateLetter } from "@/lib/parking/plate-letters";
import { DigitBoxInput } from "./digit-box";
import { LetterButton, LetterGrid } from "./letter-picker";
import { checkPlate, DIGIT_BOXES, letterFromText, partsFromText, type DigitBox, type PlateParts } from "./plate-parts";
import { typeIntoBox } from "./plate-typing";

type PlateInputProps = {
  value: PlateParts;
  onChange: (value: PlateParts) => void;
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
};

const ORDER = ["first", "letter", "middle", "region"] as const;
type Box = (typeof ORDER)[number];

/** An Iranian plate drawn as on the car (always left to right); focus moves on as each box fills. */
export function PlateInput({ value, onChange, describedBy, invalid, autoFocus }: PlateInputProps) {
  const { t } = useI18n();
  const gridId = useId();
  const [picking, setPicking] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);
  const letterRef = useRef<HTMLButtonElement>(null);
  const middleRef = useRef<HTMLInputElement>(null);
  const regionRef = useRef<HTMLInputElement>(null);

  function focusBox(box: Box) {
    const refs = { first: firstRef, letter: letterRef, middle: middleRef, region: regionRef };
    refs[box].current?.focus();
  }
  const neighbour = (box: Box, step: 1 | -1): Box | undefined => ORDER[ORDER.indexOf(box) + step];

  function setDigits(box: DigitBox, raw: string) {
    // Phone keyboards, input methods and dictation send no usable key events: the box's text is all we get.
    const typed = typeIntoBox(value, box, raw);
    onChange(typed.parts);
    if (typed.focus === "letter") focusBox("letter");
    else if (typed.focus) focusBox(typed.focus);
  }

  function chooseLetter(letter: PlateLetter) {
    onChange({ ...value, letter });
    setPicking(false);
    focusBox("middle");
  }

  function onBoxKeyDown(box: DigitBox, event: KeyboardEvent<HTMLInputElement>) {
    const letter = letterFromText(event.key);
    if (letter && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      chooseLetter(letter);
      return;
    }
    // Enter before the plate is whole keeps the place: the next box when this one is full, else here.
    if (event.key === "Enter" && !event.nativeEvent.isComposing && checkPlate(value).state !== "valid") {
      event.preventDefault();
      if (value[box].length === DIGIT_BOXES[box]) {
        const next = neighbour(box, 1);
        if (next) focusBox(next);
      }
      return;
    }
    const { selectionStart, selectionEnd, value: text } = event.currentTarget;
    const atStart = selectionStart === 0 && selectionEnd === 0;
    const atEnd = selectionStart === text.length;
    // The plate reads left to right on screen, so the arrows follow it in both page directions.
    const target =
      (event.key === "Backspace" && text === "") || (event.key === "ArrowLeft" && atStart)
        ? neighbour(box, -1)
        : event.key === "ArrowRight" && atEnd
          ? neighbour(box, 1)
          : undefined;
    if (target) {
      event.preventDefault();
      focusBox(target);
    }
  }

  function onLetterKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const letter = letterFromText(event.key);
    if (letter) {
      event.preventDefault();
      chooseLetter(letter);
    } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      event.preventDefault();
      focusBox(event.key === "ArrowLeft" ? "first" : "middle");
    } else if (event.key === "Backspace") {
      event.preventDefault();
      if (value.letter) onChange({ ...value, letter: "" });
      else focusBox("first");
    } else if (/^[0-9۰-۹٠-٩]$/.test(event.key)) {
      event.preventDefault();
      focusBox("middle");
      setDigits("middle", value.middle + event.key);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const parts = partsFromText(event.clipboardData.getData("text"));
    if (!parts) return;
    event.preventDefault();
    onChange(parts);
    focusBox("region");
  }

  const shared = { value, onValue: setDigits, onKeyDown: onBoxKeyDown, onPaste, describedBy, invalid };

  return (
    <div className="flex flex-col gap-2">
      <div
        dir="ltr"
        className={`flex h-16 w-full max-w-sm items-stretch overflow-hidden rounded-lg border-2 bg-white shadow-sm sm:h-[4.5rem] ${invalid ? "border-rose-600" : "border-plate-border"}`}
      >
        <div aria-hidden className="flex w-8 shrink-0 flex-col items-center justify-between bg-plate-blue py-1.5 text-white sm:w-9">
          <span className="flex w-5 flex-col overflow-hidden rounded-[2px]">
            <span className="h-1.5 bg-green-600" />
            <span className="h-1.5 bg-white" />
            <span className="h-1.5 bg-red-600" />
          </span>
          <span className="text-center text-[0.5rem] leading-tight font-bold">I.R.<br />IRAN</span>
        </div>
        <DigitBoxInput inputRef={firstRef} box="first" label={t.plate.first} {...shared} autoFocus={autoFocus} className="w-[22%]" />
        <LetterButton
          buttonRef={letterRef}
          letter={value.letter}
          expanded={picking}
          gridId={gridId}
          onToggle={() => setPicking((open) => !open)}
          onKeyDown={onLetterKeyDown}
        />
        <DigitBoxInput inputRef={middleRef} box="middle" label={t.plate.middle} {...shared} className="w-[30%] flex-1" />
        <div className="flex w-[20%] shrink-0 flex-col border-s-2 border-plate-border">
          <span aria-hidden className="pt-0.5 text-center text-[0.65rem] leading-none font-bold text-slate-700">
            ایران
          </span>
          <DigitBoxInput inputRef={regionRef} box="region" label={t.plate.region} {...shared} className="w-full text-xl sm:text-2xl" />
        </div>
      </div>
      {picking && (
        <LetterGrid
          id={gridId}
          selected={value.letter}
          onSelect={chooseLetter}
          onDismiss={() => {
            setPicking(false);
            focusBox("letter");
          }}
        />
      )}
    </div>
  );
}
