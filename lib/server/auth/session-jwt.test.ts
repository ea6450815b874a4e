import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { decodeSessionJwt, encodeSessionJwt } from "./session-jwt";

const secret = "test-secret-of-some-length";

describe("session JWT with a kept key", () => {
  it("reads next-auth's own tokens and writes tokens next-auth reads", async () => {
    const theirs = await encode({ token: { uid: "7", role: "admin" }, secret });
    expect(await decodeSessionJwt({ token: theirs, secret })).toMatchObject({ uid: "7", role: "admin" });
    const ours = await encodeSessionJwt({ token: { uid: "8" }, secret, maxAge: 60 });
    expect(await decode({ token: ours, secret })).toMatchObject({ uid: "8" });
  });

  it("reads a token made with another secret, an expired or a garbled one as a session without a user, in one log line", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const other = await encodeSessionJwt({ token: { uid: "1" }, secret: "another-secret" });
    const expired = await encodeSessionJwt({ token: { uid: "1" }, secret, maxAge: -60 });
    for (const token of [other, expired, "garbage", `${other.slice(0, -4)}AAAA`]) {
      expect(await decodeSessionJwt({ token, secret })).toEqual({});
    }
    expect(warn).toHaveBeenCalledTimes(4);
    for (const [line] of warn.mock.calls) expect(line).toMatch(/^\[auth\] ignored a session cookie that does not decrypt or has expired \(\w+\)$/);
    expect(await decodeSessionJwt({ token: undefined, secret })).toBeNull();
    warn.mockRestore();
  });
});
