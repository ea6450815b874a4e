import type { ServerInfo } from "./server";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/**
 * Signs in through next-auth's credentials callback as the login page does.
 * Returns the session cookie header, or the sign-in error code (e.g. CredentialsSignin, rate_limited).
 */
export async function signIn(
  server: ServerInfo,
  username: string,
  password: string,
  ip = "203.0.113.1",
): Promise<{ cookie: string } | { error: string }> {
  const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      "x-forwarded-for": ip,
    },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get("error");
  if (error) return { error };
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`no session cookie after sign-in (status ${response.status})`);
  return { cookie: session };
}
