import { describe, expect, it } from "vitest";
import { libpqConnection } from "./postgres-backup";

describe("libpqConnection", () => {
  it("keeps the password out of the URI", () => {
    expect(libpqConnection("postgresql://pelak:s%40cret%3Aword@db.internal:5433/pelak")).toEqual({
      uri: "postgresql://pelak@db.internal:5433/pelak",
      password: "s@cret:word",
    });
  });

  it("drops parameters libpq does not know (Prisma's schema) and keeps its own", () => {
    const { uri, password } = libpqConnection("postgres://u:p@h/d?schema=public&sslmode=require&connection_limit=5&application_name=pelak");
    expect(uri).toBe("postgres://u@h/d?sslmode=require&application_name=pelak");
    expect(password).toBe("p");
  });

  it("works without a password (peer or .pgpass) and with a socket folder as host", () => {
    expect(libpqConnection("postgresql:///pelak?host=/var/run/postgresql")).toEqual({
      uri: "postgresql:///pelak?host=/var/run/postgresql",
      password: undefined,
    });
  });
});
