// One Pelak server process: the production Next.js build behind Node's HTTP server, started by
// scripts/start.mjs as a cluster worker (several share one port) or alone. NEXT_DIST_DIR picks the
// build folder (next.config.ts reads it).
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || "3000");
const hostname = process.env.HOST || undefined;

/**
 * A client that sends its headers or body slowly must not hold a socket open for long: headers
 * within 10 s, the whole request within 30 s. Node checks those deadlines only every
 * connectionsCheckingInterval (30 s by default, which let half-sent headers hang on for 30 s), so
 * every second here. An idle kept-alive connection is closed after 30 s: with Node's 5 s, a client
 * (undici, a proxy) reusing a connection idle for about that long raced the close and got "other
 * side closed" on a request it could not safely retry.
 */
const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 30_000, connectionsCheckingInterval: 1_000 };

const app = next({ dev: false, dir: root, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

/** A path that cannot be decoded (a lone or broken %-escape) is the client's error, not a 500. */
function hasBadEscape(url) {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]);
    return false;
  } catch {
    return true;
  }
}

const BAD_PATH = JSON.stringify({
  success: false,
  error: { code: "bad_request", message: "The request path is not valid URL encoding.", message_fa: "نشانی درخواست رمزگذاری معتبری ندارد." },
});

const server = http.createServer(TIMEOUTS, (req, res) => {
  if (hasBadEscape(req.url)) {
    res.writeHead(400, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(BAD_PATH);
    return;
  }
  // The socket's own peer, for rate limits (lib/server/http/client-address.ts); replaces any value
  // a client sent under this name.
  req.headers["x-pelak-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error("[server] unhandled request error", error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end();
  });
});
server.keepAliveTimeout = TIMEOUTS.keepAliveTimeout;
server.listen(port, hostname);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running after 10 s are cut: a stop must not wait on a stuck client.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
