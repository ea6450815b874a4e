import type { BilingualMessage } from "@/lib/action-result";
import type { TariffLine } from "./tariff-plan";

const faDigits = (n: number) => n.toLocaleString("fa-IR");
const enDigits = (n: number) => n.toLocaleString("en-US");

function unitName(unitMinutes: number): BilingualMessage {
  return unitMinutes === 60
    ? { fa: "ساعت", en: "hour" }
    : { fa: `${faDigits(unitMinutes)} دقیقه`, en: `${unitMinutes} min` };
}

/** A bill line in words, in both languages (the UI picks one; the API sends both). */
export function tariffLineLabel(line: TariffLine): BilingualMessage {
  const unit = unitName(line.unitMinutes);
  const times = (label: BilingualMessage): BilingualMessage => ({
    fa: `${label.fa} × ${faDigits(line.quantity)} (هر یک ${faDigits(line.unitPrice)} تومان)`,
    en: `${label.en} × ${enDigits(line.quantity)} (${enDigits(line.unitPrice)} Toman each)`,
  });
  switch (line.code) {
    case "free":
      return { fa: "در زمان رایگان", en: "Within the free minutes" };
    case "first":
      return { fa: `${unit.fa} اول`, en: `First ${unit.en}` };
    case "next":
      return times({ fa: `${unit.fa} بعدی`, en: `Next ${unit.en}` });
    case "night":
      return times({ fa: `${unit.fa} شبانه`, en: `Night ${unit.en}` });
    case "daily_cap":
      return {
        fa: `سقف روزانه ${faDigits(line.unitPrice)} تومان (${faDigits(line.quantity)} روز)`,
        en: `Daily cap of ${enDigits(line.unitPrice)} Toman (${enDigits(line.quantity)} ${line.quantity === 1 ? "day" : "days"})`,
      };
    case "pass":
      return { fa: "اشتراک", en: "Pass" };
    case "exempt":
      return { fa: "معافیت", en: "Exempt" };
    case "correction":
      return { fa: "اصلاح مبلغ", en: "Amount corrected" };
  }
}
