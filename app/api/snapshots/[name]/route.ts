import { AppError } from "@/lib/server/errors";
import { authenticateRequest } from "@/lib/server/http/authenticate";
import { apiHandler, methodNotAllowed } from "@/lib/server/http/handler";
import { readSnapshot } from "@/lib/server/snapshots/snapshot-store";

const unknownSnapshot = () =>
  new AppError({
    kind: "not_found",
    code: "unknown_snapshot",
    messages: { fa: "چنین عکسی وجود ندارد.", en: "There is no such snapshot." },
  });

/** A gate snapshot, for signed-in users and API tokens only (photos of cars and drivers are personal data). */
export const GET = apiHandler<{ params: Promise<{ name: string }> }>(async (req, { params }) => {
  await authenticateRequest(req);
  const bytes = await readSnapshot((await params).name);
  if (!bytes) throw unknownSnapshot();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "image/jpeg",
      "Content-Length": String(bytes.length),
      // A name never changes its bytes; private keeps shared caches and proxies from storing it.
      "Cache-Control": "private, max-age=86400, immutable",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
});

const notAllowed = methodNotAllowed("GET, HEAD, OPTIONS");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
