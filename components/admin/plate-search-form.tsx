import { Button } from "@/components/ui/button";

/** A GET form: the plate fragment goes into ?plate=, so a search can be linked and reloaded. */
export function PlateSearchForm({ label, submitLabel, value }: { label: string; submitLabel: string; value: string }) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        {label}
        <input name="plate" defaultValue={value} placeholder="12ب345" className="h-10 rounded-lg border border-slate-300 bg-white px-3" />
      </label>
      <Button type="submit" variant="secondary">
        {submitLabel}
      </Button>
    </form>
  );
}
