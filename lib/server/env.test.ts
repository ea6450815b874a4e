import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives every variable its default on an empty environment", () => {
    expect(parseEnv({})).toEqual({
      databaseUrl: "file:./data/pelak.db",
      port: 3000,
      corsOrigins: ["http://localhost:3000"],
      nextAuthSecret: undefined,
      nextAuthUrl: undefined,
      dataDir: "data",
      snapshotDir: path.join("data", "snapshots"),
      sqliteSynchronous: "NORMAL",
      workers: os.availableParallelism(),
      workerIndex: 1,
      trustedProxies: [],
      adminPassword: undefined,
    });
  });

  it("treats blank variables as unset, but an empty CORS_ORIGINS as no origin", () => {
    const env = parseEnv({ DATABASE_URL: "  ", PORT: "", PELAK_WORKERS: "", CORS_ORIGINS: "" });
    expect(env).toMatchObject({ databaseUrl: "file:./data/pelak.db", port: 3000, workers: os.availableParallelism(), corsOrigins: [] });
  });

  it("reads set values", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://u:p@db:5432/pelak",
      PORT: "8080",
      CORS_ORIGINS: "https://a.example/, https://b.example",
      PELAK_DATA_DIR: "/srv/pelak",
      PELAK_SQLITE_SYNCHRONOUS: "full",
      PELAK_WORKERS: "4",
      PELAK_TRUSTED_PROXIES: "10.0.0.1, 192.168.0.0/16,::1,fd00::/8",
      NEXTAUTH_URL: "https://parking.example",
    });
    expect(env).toMatchObject({
      databaseUrl: "postgresql://u:p@db:5432/pelak",
      port: 8080,
      corsOrigins: ["https://a.example", "https://b.example"],
      snapshotDir: path.join("/srv/pelak", "snapshots"),
      sqliteSynchronous: "FULL",
      workers: 4,
      trustedProxies: ["10.0.0.1", "192.168.0.0/16", "::1", "fd00::/8"],
      nextAuthUrl: "https://parking.example",
    });
  });

  it("prefers PELAK_SNAPSHOT_DIR to the data folder", () => {
    expect(parseEnv({ PELAK_DATA_DIR: "d", PELAK_SNAPSHOT_DIR: "/photos" }).snapshotDir).toBe("/photos");
  });

  it.each([
    ["PELAK_WORKERS", "0"],
    ["PELAK_WORKERS", "two"],
    ["PELAK_WORKERS", "1.5"],
    ["PORT", "70000"],
    ["PELAK_SQLITE_SYNCHRONOUS", "OFF"],
    ["PELAK_TRUSTED_PROXIES", "10.0.0.1,proxy.local"],
    ["PELAK_TRUSTED_PROXIES", "10.0.0.0/33"],
    ["NEXTAUTH_URL", "not a url"],
  ])("refuses %s=%s with an error naming the variable", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`Invalid environment variables:\\n  ${name}: `));
  });

  it("names every invalid variable at once", () => {
    expect(() => parseEnv({ PORT: "x", PELAK_WORKERS: "-1" })).toThrow(/PORT: .*\n  PELAK_WORKERS: /s);
  });
});
