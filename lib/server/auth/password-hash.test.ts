import fs from "node:fs";
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "./password-hash";

describe("password hashing", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const a = await hashPassword("correct horse battery");
    const b = await hashPassword("correct horse battery");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery", a)).toBe(true);
    expect(await verifyPassword("correct horse batterz", a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it("reads the whole password, past bcrypt's 72 bytes", async () => {
    const long = "x".repeat(72);
    const hash = await hashPassword(`${long}-one`);
    expect(await verifyPassword(`${long}-two`, hash)).toBe(false);
    expect(await verifyPassword(`${long}-one`, hash)).toBe(true);
  });

  it("still verifies bcrypt hashes written before, and asks for them to be replaced", async () => {
    const legacy = await bcrypt.hash("old-password-1", 4);
    expect(await verifyPassword("old-password-1", legacy)).toBe(true);
    expect(await verifyPassword("old-password-2", legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });

  it("keeps the event loop free while 16 passwords are checked at once", async () => {
    const hash = await hashPassword("some-password-1");
    let worstLag = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstLag = Math.max(worstLag, now - last - 5);
      last = now;
    }, 5);
    const started = performance.now();
    const checks = Array.from({ length: 16 }, (_, i) => verifyPassword(`guess-${i}`, hash));
    const startupMs = performance.now() - started;
    await Promise.all(checks);
    clearInterval(timer);
    // bcryptjs at cost 10 took ~60-100 ms of main thread per check here, ~1 s for 16 in a row;
    // scrypt runs on the thread pool. Bounds loose enough for a loaded CI machine (speed: bench/).
    expect(startupMs).toBeLessThan(50);
    expect(worstLag).toBeLessThan(300);
  });

  it.runIf(process.platform === "linux")("hashes on a thread lowered to nice 10, below the event loop", async () => {
    await hashPassword("any-password-1");
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the "(name)" field).
    const nices = fs.readdirSync("/proc/self/task").map((tid) => {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    });
    expect(nices).toContain(10);
    expect(nices[0]).toBe(0); // the main thread keeps its priority
  });
});
