"use client";

import { useRef, type KeyboardEvent, type RefObject } from "react";
import { useI18n } from "@/components/i18n-provider";
import { PLATE_LETTERS, type PlateLetter } from "@/lib/parking/plate-letters";

const COLUMNS = 9;

type LetterGridProps = {
  id: string;
  selected: PlateLetter | "";
  onSelect: (letter: PlateLetter) => void;
  onDismiss: () => void;
};

/** The grid of all plate letters shown under the plate; arrow keys move, Enter picks, Escape closes. */
export function LetterGrid({ id, selected, onSelect, onDismiss }: LetterGridProps) {
  const { t } = useI18n();
  const grid = useRef<HTMLDivElement>(null);

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(grid.current?.querySelectorAll<HTMLButtonElement>("button") ?? []);
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const steps: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS };
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onDismiss();
      return;
    }
    const step = steps[event.key];
    if (step === undefined || index < 0) return;
    event.preventDefault();
    const next = Math.min(buttons.length - 1, Math.max(0, index + step));
    buttons[next]?.focus();
  }

  return (
    <div
      id={id}
      ref={grid}
      role="group"
      aria-label={t.plate.chooseLetter}
      dir="ltr"
      onKeyDown={moveFocus}
      className="grid grid-cols-7 gap-1.5 rounded-xl border border-slate-200 bg-slate-50 p-2 sm:grid-cols-9"
    >
      {PLATE_LETTERS.map((letter) => (
        <button
          key={letter}
          type="button"
          aria-pressed={letter === selected}
          onClick={() => onSelect(letter)}
          autoFocus={letter === (selected || PLATE_LETTERS[0])}
          className="h-10 rounded-lg bg-white text-lg font-bold text-slate-900 ring-1 ring-slate-300 hover:bg-blue-50 aria-pressed:bg-blue-700 aria-pressed:text-white"
        >
          {letter}
        </button>
      ))}
    </div>
  );
}

type LetterButtonProps = {
  buttonRef: RefObject<HTMLButtonElement | null>;
  letter: PlateLetter | "";
  expanded: boolean;
  gridId: string;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

/** The letter box on the plate: a button that opens the grid, or takes a typed letter directly. */
export function LetterButton({ buttonRef, letter, expanded, gridId, onToggle, onKeyDown }: LetterButtonProps) {
  const { t } = useI18n();
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-label={`${t.plate.letter}${letter ? `: ${letter}` : ""}`}
      aria-expanded={expanded}
      aria-controls={gridId}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      className="mx-0.5 flex h-full min-w-11 items-center justify-center rounded-md px-1 text-2xl font-bold text-slate-900 hover:bg-slate-100 focus-visible:bg-blue-50 sm:min-w-14 sm:text-3xl"
    >
      {letter || <span className="text-base font-medium text-slate-400">{t.plate.letterPlaceholder}</span>}
    </button>
  );
}
