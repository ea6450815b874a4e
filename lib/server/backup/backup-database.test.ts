import { describe, expect, it } from "vitest";
import { backupFileName } from "./backup-database";

describe("backupFileName", () => {
  it("stamps the UTC time to the second, without colons", () => {
    const at = new Date("2026-11-30T14:25:01.987+03:30");
    expect(backupFileName("sqlite", at)).toBe("pelak-20261130T105501Z.db");
    expect(backupFileName("postgresql", at)).toBe("pelak-20261130T105501Z.dump");
  });

  it("sorts by time as text", () => {
    const names = ["2027-01-01T00:00:00Z", "2026-12-31T23:59:59Z", "2026-02-03T04:05:06Z"].map((t) => backupFileName("sqlite", new Date(t)));
    expect([...names].sort()).toEqual([names[2], names[1], names[0]]);
  });
});
