"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";

type RangePickerProps = { value: string; options: ReadonlyArray<{ value: string; label: string }> };

/** A GET form (works without JavaScript); with it, choosing a period shows it at once. */
export function RangePicker({ value, options }: RangePickerProps) {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <form method="get" className="flex items-end gap-2">
      <SelectField
        label={t.reports.range}
        name="range"
        defaultValue={value}
        options={options}
        onChange={(event) => router.push(`/reports?range=${encodeURIComponent(event.target.value)}`)}
        className="min-w-48"
      />
      <Button type="submit" variant="secondary">
        {t.reports.show}
      </Button>
    </form>
  );
}
