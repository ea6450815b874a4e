import { parsePlate, type Plate, type PlateError } from "@/lib/parking/plate";
import { isPlateLetter, type PlateLetter } from "@/lib/parking/plate-letters";
import { normalizePlateInput, toAsciiDigits } from "@/lib/parking/plate-normalize";

/** The four boxes of the plate input, digits kept as ASCII. */
export type PlateParts = { first: string; letter: PlateLetter | ""; middle: string; region: string };

export const EMPTY_PLATE: PlateParts = { first: "", letter: "", middle: "", region: "" };

export const DIGIT_BOXES = { first: 2, middle: 3, region: 2 } as const;
export type DigitBox = keyof typeof DIGIT_BOXES;

/** Keeps the digits (any script) of what was typed into a box, up to the box's length. */
export function cleanDigits(raw: string, box: DigitBox): string {
  return toAsciiDigits(raw).replace(/\D/g, "").slice(0, DIGIT_BOXES[box]);
}

/** The plate letter a key or typed text stands for ("ا" → الف, "d" → D), or null. */
export function letterFromText(text: string): PlateLetter | null {
  if (text.length === 0 || text.length > 3 || /\d/.test(toAsciiDigits(text))) return null;
  const letter = normalizePlateInput(text);
  return isPlateLetter(letter) ? letter : null;
}

/** Splits pasted text such as "۱۲ ب ۳۴۵ ایران ۶۷" into the boxes when it is a whole plate. */
export function partsFromText(text: string): PlateParts | null {
  const result = parsePlate(text);
  if (!result.ok) return null;
  const { first, letter, middle, region } = result.plate;
  return { first, letter, middle, region };
}

export type PlateCheck =
  | { state: "empty" }
  | { state: "incomplete" | "invalid"; error: PlateError }
  | { state: "valid"; plate: Plate };

/** Validates as the user types: unfinished boxes are "incomplete" (a hint), finished ones are judged. */
export function checkPlate(parts: PlateParts): PlateCheck {
  const { first, letter, middle, region } = parts;
  if (!first && !letter && !middle && !region) return { state: "empty" };
  const result = parsePlate(`${first}${letter}${middle}${region}`);
  if (result.ok) return { state: "valid", plate: result.plate };
  const complete =
    letter !== "" && first.length === 2 && middle.length === 3 && region.length === 2;
  return { state: complete ? "invalid" : "incomplete", error: result.error };
}
