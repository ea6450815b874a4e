import { describe, expect, it } from "vitest";
import { clientAddress, requestProtocol, trustList } from "./client-address";

const none = trustList([]);
const proxy = trustList(["10.0.0.0/8", "127.0.0.1"]);

describe("clientAddress", () => {
  it("ignores X-Forwarded-For from anyone but a trusted proxy", () => {
    expect(clientAddress({ "x-pelak-peer": "203.0.113.9", "x-forwarded-for": "1.2.3.4" }, none)).toBe("203.0.113.9");
    expect(clientAddress({ "x-pelak-peer": "::ffff:127.0.0.1", "x-forwarded-for": "1.2.3.4" }, none)).toBe("127.0.0.1");
    expect(clientAddress({ "x-pelak-peer": "203.0.113.9", "x-forwarded-for": "1.2.3.4" }, proxy)).toBe("203.0.113.9");
  });

  it("behind trusted proxies takes the first address from the right that no trusted hop added", () => {
    expect(clientAddress({ "x-pelak-peer": "127.0.0.1", "x-forwarded-for": "1.2.3.4" }, proxy)).toBe("1.2.3.4");
    // A client that sends its own X-Forwarded-For cannot pick its address: the proxy appends the real one.
    expect(clientAddress({ "x-pelak-peer": "10.1.1.1", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.2.2.2" }, proxy)).toBe("198.51.100.7");
    expect(clientAddress({ "x-pelak-peer": "10.1.1.1" }, proxy)).toBe("10.1.1.1");
    expect(clientAddress({}, proxy)).toBe("local");
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(requestProtocol(new Headers({ "x-pelak-peer": "203.0.113.9", "x-forwarded-proto": "https" }), "http", proxy)).toBe("http");
    expect(requestProtocol(new Headers({ "x-pelak-peer": "127.0.0.1", "x-forwarded-proto": "https" }), "http", proxy)).toBe("https");
  });
});
