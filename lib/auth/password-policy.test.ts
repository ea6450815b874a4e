import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./password-policy";

describe("isCommonPassword", () => {
  it("refuses listed passwords in any case, repeats and straight runs", () => {
    for (const p of ["Password123", "QWERTYUIOP", "1234567890", "aaaaaaaaaa", "abcdefghij", "9876543210", "Parking1234"]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });
  it("accepts an ordinary chosen password", () => {
    for (const p of ["gate-cam-pass-1", "operator-pass-1", "کلمه‌عبور-دروازه"]) expect(isCommonPassword(p), p).toBe(false);
  });
});
