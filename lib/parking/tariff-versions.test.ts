import { describe, expect, it } from "vitest";
import { flatPlan, priceStay } from "./tariff-plan";
import { planInForce, type TariffPlanVersion } from "./tariff-versions";

const version = (id: number, vehicleClass: TariffPlanVersion["vehicleClass"], effectiveFrom: string, price: number): TariffPlanVersion => ({
  ...flatPlan(price, 0), id, vehicleClass, effectiveFrom: new Date(effectiveFrom), createdBy: "admin", createdAt: new Date(effectiveFrom),
});

const versions = [
  version(1, "car", "1970-01-01T00:00:00Z", 20_000),
  version(2, "car", "2026-03-01T12:00:00Z", 30_000),
  version(3, "motorcycle", "2026-03-01T00:00:00Z", 5_000),
];

describe("planInForce", () => {
  it("a plan change mid-stay: the version in force at entry prices the whole stay", () => {
    const entryAt = new Date("2026-03-01T11:00:00Z");
    const exitAt = new Date("2026-03-01T13:00:00Z"); // after version 2 took effect
    const plan = planInForce(versions, "car", entryAt);
    expect(plan?.id).toBe(1);
    expect(priceStay({ entryAt, exitAt, plan: plan! }).cost).toBe(40_000);
    expect(planInForce(versions, "car", new Date("2026-03-01T12:00:00Z"))?.id).toBe(2); // effective_from inclusive
  });

  it("a class without a version of its own (or not yet) is priced as a car", () => {
    expect(planInForce(versions, "van", new Date("2026-03-02T00:00:00Z"))?.id).toBe(2);
    expect(planInForce(versions, "motorcycle", new Date("2026-02-28T00:00:00Z"))?.id).toBe(1);
    expect(planInForce(versions, "motorcycle", new Date("2026-03-02T00:00:00Z"))?.id).toBe(3);
  });

  it("two versions with the same start: the later one added wins", () => {
    const same = [...versions, version(4, "car", "2026-03-01T12:00:00Z", 25_000)];
    expect(planInForce(same, "car", new Date("2026-03-05T00:00:00Z"))?.id).toBe(4);
    expect(planInForce([], "car", new Date())).toBeNull();
  });
});
