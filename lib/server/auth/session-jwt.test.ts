import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionJwt, encodeSessionJwt } from "./session-jwt";

const secret = "test-secret-of-some-length";

describe("session JWT with a kept key", () => {
  it("reads next-auth's own tokens and writes tokens next-auth reads", async () => {
    const theirs = await encode({ token: { uid: "7", role: "admin" }, secret });
    expect(await decodeSessionJwt({ token: theirs, secret })).toMatchObject({ uid: "7", role: "admin" });
    const ours = await encodeSessionJwt({ token: { uid: "8" }, secret, maxAge: 60 });
    expect(await decode({ token: ours, secret })).toMatchObject({ uid: "8" });
  });

  it("refuses a token made with another secret, and an expired one", async () => {
    const other = await encodeSessionJwt({ token: { uid: "1" }, secret: "another-secret" });
    await expect(decodeSessionJwt({ token: other, secret })).rejects.toThrow();
    const expired = await encodeSessionJwt({ token: { uid: "1" }, secret, maxAge: -60 });
    await expect(decodeSessionJwt({ token: expired, secret })).rejects.toThrow();
    expect(await decodeSessionJwt({ token: undefined, secret })).toBeNull();
  });
});
