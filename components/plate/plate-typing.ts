import { toAsciiDigits } from "@/lib/parking/plate-normalize";
import { DIGIT_BOXES, letterFromText, partsFromText, type DigitBox, type PlateParts } from "./plate-parts";

export type PlateBox = "first" | "letter" | "middle" | "region";

const DIGIT_ORDER: DigitBox[] = ["first", "middle", "region"];

function nextBox(box: DigitBox, parts: PlateParts): PlateBox | null {
  if (box === "first") return parts.letter ? "middle" : "letter";
  return box === "middle" ? "region" : null;
}

/**
 * What a digit box's new text does to the plate, however it arrived: typed keys, an input method or
 * on-screen keyboard committing several characters at once, dictation or a paste. Digits fill the box
 * and flow on into the next ones, a letter among them picks the plate letter, a whole plate fills every
 * box. A single digit typed into a full box does not overwrite the next box's digits. Returns the new
 * parts and the box to focus (null: stay).
 */
export function typeIntoBox(parts: PlateParts, box: DigitBox, raw: string): { parts: PlateParts; focus: PlateBox | null } {
  const whole = partsFromText(raw);
  if (whole) return { parts: whole, focus: "region" };
  const text = toAsciiDigits(raw);
  const typedOne = text.replace(/\D/g, "").length - parts[box].length <= 1;
  const next: PlateParts = { ...parts, [box]: "" };
  let index = DIGIT_ORDER.indexOf(box);
  let last: DigitBox = box;
  let pendingLetter = "";
  let letterPicked = false;

  const takeLetter = () => {
    const letter = letterFromText(pendingLetter);
    pendingLetter = "";
    if (!letter) return;
    next.letter = letter;
    letterPicked = true;
    // After the letter come the middle digits, whichever box it was typed in.
    if (DIGIT_ORDER[index] === "first") {
      index = 1;
      if (!typedOne) next.middle = "";
    }
  };

  for (const char of text) {
    if (!/\d/.test(char)) {
      if (!/[\s\-_.]/.test(char)) pendingLetter += char;
      continue;
    }
    if (pendingLetter) takeLetter();
    let current = DIGIT_ORDER[index];
    if (next[current].length >= DIGIT_BOXES[current]) {
      const following = DIGIT_ORDER[index + 1];
      if (!following || (typedOne && next[following])) break;
      index += 1;
      current = following;
      next[current] = "";
    }
    next[current] += char;
    last = current;
  }
  if (pendingLetter) takeLetter();

  const changed = DIGIT_ORDER.some((name) => next[name] !== parts[name]) || next.letter !== parts.letter;
  if (!changed) return { parts: next, focus: null };
  if (letterPicked && last === "first") return { parts: next, focus: "middle" };
  const full = next[last].length === DIGIT_BOXES[last];
  const focus = full ? (nextBox(last, next) ?? last) : last === box ? (letterPicked ? "middle" : null) : last;
  return { parts: next, focus };
}
