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
    // Not the REST API: its JSON is read by other clients (CORS), never embedded.
    return [{ source: "/:path((?!api/).*)", headers: isolated }];
  },
};

export default nextConfig;
