"use client";

import { useI18n } from "@/components/i18n-provider";
import { SelectField } from "@/components/ui/select-field";
import { VEHICLE_CLASSES, type VehicleClass } from "@/lib/parking/tariff-plan";

/** Car, motorcycle or van/truck: picks the tariff plan a stay is charged by. */
export function VehicleClassSelect({ value, onChange, name }: { value: VehicleClass; onChange: (value: VehicleClass) => void; name?: string }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t.tariffs.vehicleClass}
      name={name}
      value={value}
      onChange={(event) => onChange(VEHICLE_CLASSES.find((cls) => cls === event.target.value) ?? "car")}
      options={VEHICLE_CLASSES.map((cls) => ({ value: cls, label: t.tariffs[cls] }))}
    />
  );
}
