import { describe, expect, it } from "vitest";
import { loginErrorMessage, loginErrorText } from "./login-errors";

describe("login errors", () => {
  it("carries the seconds a block has left", () => {
    expect(loginErrorText("rate_limited", 119.2)).toBe("rate_limited:120");
    expect(loginErrorText("inactive_user")).toBe("inactive_user");
  });

  it("tells how long to wait, in minutes rounded up, in both languages", () => {
    expect(loginErrorMessage("rate_limited:120", "en")).toContain("try again in 2 minutes");
    expect(loginErrorMessage("rate_limited:61", "fa")).toContain("۲ دقیقه دیگر دوباره امتحان کنید");
    expect(loginErrorMessage("rate_limited:30", "en")).toContain("try again in 1 minute ");
  });

  it("keeps the plain messages and refuses codes that are not ours", () => {
    expect(loginErrorMessage("rate_limited", "en")).toMatch(/^Too many failed attempts; try again later/);
    expect(loginErrorMessage("CredentialsSignin", "fa")).toBe("نام کاربری یا رمز عبور نادرست است.");
    expect(loginErrorMessage("toString", "en")).toBeNull();
    expect(loginErrorMessage("nonsense:5", "en")).toBeNull();
  });
});
