import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { parseInput, runAction } from "./action";
import { AppError } from "./errors";

afterEach(() => vi.restoreAllMocks());

describe("runAction", () => {
  it("wraps the result", async () => {
    await expect(runAction(async () => 42)).resolves.toEqual({ ok: true, data: 42 });
  });

  it("passes AppError messages and field errors through", async () => {
    const fieldErrors = { plate: { fa: "پلاک نادرست", en: "Bad plate" } };
    const result = await runAction(async () => {
      throw new AppError({ kind: "conflict", code: "lot_full", messages: { fa: "پر است", en: "Full" }, fieldErrors });
    });
    expect(result).toEqual({ ok: false, error: { code: "lot_full", fa: "پر است", en: "Full" }, fieldErrors });
  });

  it("hides anything else behind a generic message and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await runAction(async () => {
      throw new Error("SQLITE_BUSY: database is locked at /srv/data/pelak.db");
    });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("SQLITE");
    expect(!result.ok && result.error.code).toBe("internal");
    expect(log).toHaveBeenCalledOnce();
  });
});

describe("parseInput", () => {
  const schema = z.object({ capacity: z.number().int().min(1) });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { capacity: 3 })).toEqual({ capacity: 3 });
  });

  it("throws a validation AppError with one message per field", () => {
    try {
      parseInput(schema, { capacity: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.status).toBe(422);
      expect(Object.keys(appError.fieldErrors ?? {})).toEqual(["capacity"]);
    }
  });
});
