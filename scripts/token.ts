// npm run token -- create --name NAME --role operator|admin   (the token is printed on the LAST line)
// npm run token -- list
// npm run token -- revoke ID
// Works on the database in DATABASE_URL (default file:./data/pelak.db).
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/server is marked server-only; Node loads it outside Next under the react-server condition.
if (!process.execArgv.includes("--conditions=react-server")) {
  const args = ["--conditions=react-server", "--import", import.meta.resolve("tsx"), fileURLToPath(import.meta.url)];
  const child = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}

const { AppError } = await import("@/lib/server/errors");
const { createApiToken, listApiTokens, revokeApiToken } = await import("@/lib/server/tokens/tokens");
const { createTokenSchema } = await import("@/lib/server/tokens/token-schema");

const actor = { kind: "system", id: "cli", name: `cli:${os.userInfo().username}`, role: "admin" } as const;
const USAGE = "usage: npm run token -- create --name NAME --role operator|admin | list | revoke ID";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string", default: "operator" } },
  });
  const [command, id] = positionals;
  if (command === "create") {
    const input = createTokenSchema.safeParse({ name: values.name, role: values.role });
    if (!input.success) {
      console.error(`error: --name must be 1-60 characters and --role operator or admin\n${USAGE}`);
      return 2;
    }
    const { token, apiToken } = await createApiToken({ input: input.data, actor });
    console.log(`Created token #${apiToken.id} "${apiToken.name}" (${apiToken.role}). It is shown only once:`);
    console.log(token);
    return 0;
  }
  if (command === "list") {
    for (const t of await listApiTokens({ actor })) {
      const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : "active";
      const used = t.lastUsedAt ? t.lastUsedAt.toISOString() : "never";
      console.log(`#${t.id}\t${t.prefix}…\t${t.role}\t${state}\tlast used ${used}\t${t.name}`);
    }
    return 0;
  }
  if (command === "revoke" && id && /^\d+$/.test(id)) {
    const revoked = await revokeApiToken({ id: Number(id), actor });
    console.log(`Revoked token #${revoked.id} "${revoked.name}".`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof AppError ? `error: ${error.messages.en}` : error);
  process.exitCode = 1;
}
