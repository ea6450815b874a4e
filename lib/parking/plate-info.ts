import { getNumberPlateInfo } from "@persian-tools/persian-tools";
import type { Plate } from "./plate";

export type PlateCategory =
  | "private" | "government" | "police" | "military" | "taxi" | "public_transport"
  | "disabled" | "diplomatic" | "service" | "agricultural" | "temporary" | "other";

/** Category by letter; persian-tools' table lacks some letters (e.g. ت), so ours is the source. */
const CATEGORY_BY_LETTER: Record<string, PlateCategory> = {
  "الف": "government", "پ": "police", "ث": "military", "ز": "military", "ف": "military",
  "ش": "military", "ت": "taxi", "ع": "public_transport", "ژ": "disabled", "♿": "disabled",
  "D": "diplomatic", "S": "service", "ک": "agricultural", "گ": "temporary",
};

export const CATEGORY_LABELS: Record<PlateCategory, { fa: string; en: string }> = {
  private: { fa: "شخصی", en: "Private" },
  government: { fa: "دولتی", en: "Government" },
  police: { fa: "پلیس", en: "Police" },
  military: { fa: "نظامی", en: "Military" },
  taxi: { fa: "تاکسی", en: "Taxi" },
  public_transport: { fa: "حمل و نقل عمومی", en: "Public transport" },
  disabled: { fa: "معلولان و جانبازان", en: "Disabled" },
  diplomatic: { fa: "دیپلمات", en: "Diplomatic" },
  service: { fa: "خدمت", en: "Service" },
  agricultural: { fa: "کشاورزی", en: "Agricultural" },
  temporary: { fa: "گذر موقت", en: "Temporary" },
  other: { fa: "سایر", en: "Other" },
};

export function plateCategory(plate: Plate): PlateCategory {
  return CATEGORY_BY_LETTER[plate.letter] ?? "private";
}

/** Province (Persian name) of the plate's region code, or null for codes not in the table. */
export function plateProvince(plate: Plate): string | null {
  const info = getNumberPlateInfo({ number: `${plate.first}${plate.middle}${plate.region}`, char: "ب" });
  return info.info.province;
}
