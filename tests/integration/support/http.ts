import type { ServerInfo } from "./server";

export type ApiResult = { status: number; body: Record<string, unknown>; headers: Headers };

type CallOptions = {
  method?: string;
  token?: string | null;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

/** One REST call with a bearer token (the operator's unless told otherwise), JSON body parsed. */
export async function api(server: ServerInfo, path: string, opts: CallOptions = {}): Promise<ApiResult> {
  const headers: Record<string, string> = { ...opts.headers };
  const token = opts.token === undefined ? server.operatorToken : opts.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${server.baseUrl}${path}`, { method: opts.method ?? "GET", headers, body, redirect: "manual" });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { raw: text };
    }
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

const PLATE_SPACE = 90 * 900 * 90;
let next = Math.floor(Math.random() * PLATE_SPACE);

/** A valid plate not used before in this run (each file starts at a random point of the plate space). */
export function uniquePlate(letter = "ب"): string {
  next = (next + 1) % PLATE_SPACE;
  const first = 10 + (next % 90);
  const middle = 100 + (Math.floor(next / 90) % 900);
  const region = 10 + Math.floor(next / 81_000);
  return `${first}${letter}${middle}-${region}`;
}

export const errorCode = (result: ApiResult) => (result.body.error as { code?: string } | undefined)?.code;
