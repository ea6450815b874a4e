import { readFile } from "node:fs/promises";
import path from "node:path";
import { ORT_WEB_FILES } from "@/lib/anpr/ort-web-files";

/**
 * onnxruntime-web's runtime for the gate worker, straight from the installed package (no copy step to
 * fall out of sync). The version is in the path, so the files can be cached for good.
 */
const DIST = path.join(process.cwd(), "node_modules", "onnxruntime-web", "dist");

export async function GET(_request: Request, { params }: { params: Promise<{ version: string; file: string }> }) {
  const { version, file } = await params;
  const contentType = Object.hasOwn(ORT_WEB_FILES, file) ? ORT_WEB_FILES[file] : undefined;
  if (version !== process.env.PELAK_ORT_VERSION || !contentType) return new Response("Not found", { status: 404 });
  const filePath = path.join(DIST, file);
  // Read whole rather than streamed: Node 20's Readable.toWeb throws an uncaught "Controller is
  // already closed" when a tablet drops the download (reload, lost network). Each file is fetched
  // once per tablet and then kept by its cache.
  const body = await readFile(filePath);
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(body.length),
      // Next compresses the response and drops Content-Length; the download progress needs the size.
      "X-Decoded-Length": String(body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      // The worker and ORT's thread workers load these in a cross-origin isolated context.
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    },
  });
}
