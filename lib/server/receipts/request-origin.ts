import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { requestProtocol } from "../http/client-address";

/**
 * The origin the receipt's QR points at: NEXTAUTH_URL when set (the lot's public name behind a
 * proxy), else the host this page was asked for, as a phone on the lot's network reaches it too.
 */
export async function requestOrigin(): Promise<string> {
  const configured = env().nextAuthUrl;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const protocol = requestProtocol(list, "http").replace(/:$/, "");
  return `${protocol}://${list.get("host") ?? "localhost"}`;
}
