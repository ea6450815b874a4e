import { describe, expect, it } from "vitest";
import { settingsPatchSchema } from "./settings-schema";

describe("settingsPatchSchema", () => {
  it.each([0, 100_001])("capacity %d names the range 1–100000 in both languages", (capacity) => {
    const issue = settingsPatchSchema.safeParse({ capacity }).error?.issues[0];
    expect(issue?.message).toBe("Must be between 1 and 100000.");
    expect(issue && "params" in issue && issue.params?.fa).toBe("باید بین ۱ و ۱۰۰٬۰۰۰ باشد.");
  });

  it("accepts the bounds and a fractional confidence", () => {
    expect(settingsPatchSchema.safeParse({ capacity: 1, snapshotRetentionDays: 3_650, gateAutoConfidence: 0.5 }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ capacity: 1.5 }).success).toBe(false);
  });
});
