import { BlockList, isIP } from "node:net";
import { env } from "../env";

/**
 * The socket's peer address, set by the server process (scripts/server-worker.mjs) on every request,
 * replacing any value a client sent under that name.
 */
export const PEER_HEADER = "x-pelak-peer";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function read(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.)/, "");

export function trustList(proxies: string[]): BlockList {
  const list = new BlockList();
  for (const entry of proxies) {
    const [address, bits] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

let configured: BlockList | undefined;
const configuredProxies = () => (configured ??= trustList(env().trustedProxies));
const peerOf = (headers: HeaderSource) => plain(read(headers, PEER_HEADER) ?? "local");
const isTrusted = (list: BlockList, address: string) => {
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 6 ? "ipv6" : "ipv4");
};

/**
 * The client's address for rate limits. The socket's peer counts unless it is a trusted proxy
 * (PELAK_TRUSTED_PROXIES, none by default): only then is X-Forwarded-For read, from the right,
 * skipping further trusted proxies; the first address a trusted hop did not add is the client.
 * Anyone else's X-Forwarded-For is ignored, so rotating it gains nothing.
 */
export function clientAddress(headers: HeaderSource, trusted: BlockList = configuredProxies()): string {
  const peer = peerOf(headers);
  if (!isTrusted(trusted, peer)) return peer;
  const hops = (read(headers, "x-forwarded-for") ?? "").split(",").map((hop) => plain(hop.trim())).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!isTrusted(trusted, hops[i])) return hops[i];
  return hops[0] ?? peer;
}

/** X-Forwarded-Proto from a trusted proxy, else the protocol the request itself came with. */
export function requestProtocol(headers: HeaderSource, own: string, trusted: BlockList = configuredProxies()): string {
  return (isTrusted(trusted, peerOf(headers)) && read(headers, "x-forwarded-proto")?.split(",")[0].trim()) || own;
}
