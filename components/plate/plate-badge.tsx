import { formatDigits } from "@/lib/i18n/format";
import { parsePlate } from "@/lib/parking/plate";

const SIZES = { sm: "h-7 text-sm", lg: "h-12 text-2xl" } as const;

/** A read-only plate, small in tables, large on the gate's result; always left to right with Persian digits. */
export function PlateBadge({ plate, size = "sm" }: { plate: string; size?: keyof typeof SIZES }) {
  const parsed = parsePlate(plate);
  if (!parsed.ok) return <span dir="ltr">{plate}</span>;
  const { first, letter, middle, region } = parsed.plate;
  return (
    <span
      dir="ltr"
      className={`inline-flex items-stretch overflow-hidden rounded border border-plate-border bg-white leading-none font-bold whitespace-nowrap text-slate-900 ${SIZES[size]}`}
    >
      <span aria-hidden className="w-1.5 bg-plate-blue" />
      <span className="flex items-center gap-1 px-1.5">
        <span>{formatDigits(first, "fa")}</span>
        <span>{letter}</span>
        <span>{formatDigits(middle, "fa")}</span>
      </span>
      <span className="flex items-center border-s border-plate-border px-1.5">{formatDigits(region, "fa")}</span>
    </span>
  );
}
