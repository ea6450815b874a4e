import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { NextConfig } from "next";

// The gate worker loads onnxruntime-web from /ort/<version>/ and the models with ?v=<hash>, so the
// browser can keep both for good and a new build's files replace the old ones (lib/anpr/asset-download.ts).
const ortVersion: string = JSON.parse(readFileSync("node_modules/onnxruntime-web/package.json", "utf8")).version;
const modelsVersion = createHash("sha256")
  .update(readFileSync("public/models/plate-detector.onnx"))
  .update(readFileSync("public/models/plate-reader.onnx"))
  .digest("hex")
  .slice(0, 12);

// Cross-origin isolation (SharedArrayBuffer, i.e. multi-threaded WASM) for the gate's plate reader.
// Every page gets it, not just /gate: a client-side navigation to /gate keeps the document (and the
// headers) of the page it started from. require-corp rather than credentialless: Safari (iPad) knows
// only require-corp, and everything the app loads is same-origin (fonts come from the vazirmatn
// package). Scripts get COEP too because a worker takes its policy from its own script's response.
const isolated = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * Pages may run only the app's own code and be framed by no one (a signed-in admin's dashboard in a
 * hostile frame invites clickjacking). 'unsafe-inline' for scripts because Next's App Router inlines
 * the RSC payload as <script> tags; nonces instead would make every page render per request.
 * 'wasm-unsafe-eval' lets the gate's worker compile onnxruntime's WebAssembly (a worker takes the
 * policy of its own script's response, which gets these headers too); blob: workers are ORT's
 * threads. `next dev` needs eval for React's debugging, a production build does not.
 */
const pagePolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

// The REST API answers JSON (and gate JPEGs) that no browser should run, render as a page or frame.
const apiPolicy = "default-src 'none'; frame-ancestors 'none'";

/**
 * Every response. same-origin referrers: plates travel in query strings (/api/app/inside?q=,
 * /api/sessions?plate=), and the app links nowhere that needs to know where a visitor came from.
 * The camera is the gate's own, never a framed or injected page's.
 */
const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
];

const nextConfig: NextConfig = {
  // A separate build folder lets a second build (e.g. a test build) run beside the served one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "onnxruntime-node", "sharp"],
  poweredByHeader: false,
  // The original clients POST to /api/entry/ — a 308 to /api/entry would break them.
  skipTrailingSlashRedirect: true,
  // Lets pages call forbidden() to render app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  env: { PELAK_ORT_VERSION: ortVersion, PELAK_ANPR_MODELS_VERSION: modelsVersion },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      // Isolation not for the REST API: its JSON is read by other clients (CORS), never embedded.
      { source: "/:path((?!api/).*)", headers: [...isolated, { key: "Content-Security-Policy", value: pagePolicy }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: apiPolicy }] },
    ];
  },
};

export default nextConfig;
