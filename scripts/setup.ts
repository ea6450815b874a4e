// Run by scripts/start.mjs after the migrations: creates the first admin when there is no user.
// Needs the react-server condition (lib/server is server-only): node --conditions=react-server --import tsx
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/server/env";
import { ensureFirstAdmin } from "@/lib/server/users/first-admin";

const { port, adminPassword, dataDir } = env();
const created = await ensureFirstAdmin({ password: adminPassword }).catch((error: Error) => {
  console.error(`pelak: ${error.message}`);
  process.exit(1);
});

if (created) {
  const url = `http://localhost:${port}/login`;
  const dir = path.resolve(dataDir);
  const file = path.join(dir, "first-admin.txt");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, `url: ${url}\nusername: ${created.username}\npassword: ${created.password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  const line = "=".repeat(64);
  console.log(
    [
      line,
      "  First admin created / نخستین مدیر ساخته شد",
      `  Sign in at: ${url}`,
      `  username:   ${created.username}`,
      `  password:   ${created.password}`,
      `  (also saved to ${file}; change it after signing in)`,
      line,
    ].join("\n"),
  );
}
