import { AppError } from "@/lib/server/errors";
import { apiHandler } from "@/lib/server/http/handler";

/** Unknown /api paths answer with the JSON error body instead of the HTML 404 page. */
const notFound = apiHandler(async () => {
  throw new AppError({
    kind: "not_found",
    code: "unknown_route",
    messages: { fa: "چنین مسیری در API وجود ندارد.", en: "There is no such API route." },
  });
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
