import { formatDigits } from "@/lib/i18n/format";
import { parsePlate } from "@/lib/parking/plate";

/** A small read-only plate, e.g. in tables; always drawn left to right with Persian digits. */
export function PlateBadge({ plate }: { plate: string }) {
  const parsed = parsePlate(plate);
  if (!parsed.ok) return <span dir="ltr">{plate}</span>;
  const { first, letter, middle, region } = parsed.plate;
  return (
    <span
      dir="ltr"
      className="inline-flex h-7 items-stretch overflow-hidden rounded border border-plate-border bg-white text-sm leading-none font-bold whitespace-nowrap text-slate-900"
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
