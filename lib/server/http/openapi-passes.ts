/** The passes and watch-list part of the OpenAPI document (lib/server/http/openapi.ts spreads it in). */

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const day = { type: "string", description: "A lot-local (Asia/Tehran) day, both ends inclusive: Jalali 1405/09/10 or ISO 2026-12-01 in requests, ISO in answers" };
const plateQuery = { name: "plate", in: "query", required: false, description: "Any part of a plate, digits in any script", schema: { type: "string", maxLength: 32 } };
const formatQuery = { name: "format", in: "query", required: false, description: "csv: a spreadsheet-safe CSV file with the import's columns", schema: { enum: ["json", "csv"], default: "json" } };
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const writeErrors = {
  "401": error("Not authenticated"),
  "403": error("Only an admin may write"),
  "415": error("Content-Type is not application/json"),
  "422": error("Invalid fields: field_errors names each, in fa and en"),
};

const list = (summary: string, item: string) => ({
  summary,
  parameters: [plateQuery, formatQuery],
  responses: {
    "200": { description: "Newest first", ...json({ type: "object", required: ["items"], properties: { items: { type: "array", items: ref(item) } } }) },
    "401": error("Not authenticated"),
    "422": error("Unknown or repeated query parameter"),
  },
});

const remove = (summary: string, item: string, notFound: string) => ({
  summary,
  parameters: [idParam],
  responses: {
    "200": { description: "Deleted (audited)", ...json({ type: "object", required: ["success", "deleted"], properties: { success: { const: true }, deleted: ref(item) } }) },
    "400": error("invalid_id"),
    "401": error("Not authenticated"),
    "403": error("Only an admin may delete"),
    "404": error(notFound),
  },
});

export const passPaths = {
  "/api/passes/": {
    get: list("Passes (operators and admins)", "Pass"),
    post: {
      summary: "Add a pass (admin); a holder's plates leave free within the validity days",
      requestBody: { required: true, ...json(ref("PassBody")) },
      responses: { "201": { description: "Added (audited)", ...json({ type: "object", required: ["success", "pass"], properties: { success: { const: true }, pass: ref("Pass") } }) }, ...writeErrors },
    },
  },
  "/api/passes/{id}": { delete: remove("Delete a pass (admin)", "Pass", "pass_not_found") },
  "/api/watchlist/": {
    get: list("Watch-list entries (operators and admins)", "WatchEntry"),
    post: {
      summary: "Put a plate on the watch list (admin): deny refuses its entry (403 plate_denied), alert admits it with alert: {reason}",
      requestBody: { required: true, ...json(ref("WatchBody")) },
      responses: {
        "201": { description: "Added (audited)", ...json({ type: "object", required: ["success", "entry"], properties: { success: { const: true }, entry: ref("WatchEntry") } }) },
        ...writeErrors,
        "409": error("already_watched: the plate is on the list"),
      },
    },
  },
  "/api/watchlist/{id}": { delete: remove("Take a plate off the watch list (admin)", "WatchEntry", "watch_entry_not_found") },
};

const plates = { type: "array", minItems: 1, maxItems: 3, items: { type: "string" }, description: "Canonical plates, e.g. 12ب345-67 (any accepted spelling in requests)" };

export const passSchemas = {
  PassBody: {
    type: "object",
    additionalProperties: false,
    required: ["holder", "phone", "plates", "valid_from", "valid_to", "kind", "fee"],
    properties: {
      holder: { type: "string", minLength: 1, maxLength: 80 },
      phone: { type: "string", description: "Iranian mobile: 09xxxxxxxxx, +98 9xx…, Persian digits allowed; stored as 09xxxxxxxxx" },
      plates, valid_from: day, valid_to: { ...day, description: "Not before valid_from" },
      kind: { enum: ["paid", "free"] }, fee: { type: "integer", minimum: 0, maximum: 1000000000, description: "Toman; 0 for a free pass" },
    },
  },
  Pass: {
    type: "object",
    required: ["id", "holder", "phone", "plates", "kind", "fee", "valid_from", "valid_to", "valid_from_jalali", "valid_to_jalali", "created_at", "updated_at"],
    properties: {
      id: { type: "integer" }, holder: { type: "string" }, phone: { type: "string" }, plates, kind: { enum: ["paid", "free"] }, fee: { type: "integer" },
      valid_from: { type: "string", format: "date" }, valid_to: { type: "string", format: "date" },
      valid_from_jalali: { type: "string", examples: ["1405/09/01"] }, valid_to_jalali: { type: "string" },
      created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" },
    },
  },
  WatchBody: {
    type: "object",
    additionalProperties: false,
    required: ["plate", "kind", "reason"],
    properties: { plate: { type: "string" }, kind: { enum: ["deny", "alert"] }, reason: { type: "string", minLength: 1, maxLength: 200 } },
  },
  WatchEntry: {
    type: "object",
    required: ["id", "plate", "kind", "reason", "created_at", "updated_at"],
    properties: {
      id: { type: "integer" }, plate: { type: "string" }, kind: { enum: ["deny", "alert"] }, reason: { type: "string" },
      created_at: { type: "string", format: "date-time" }, updated_at: { type: "string", format: "date-time" },
    },
  },
  /** Added to POST /api/exit's answer for a plate with a pass. */
  PassAtExit: {
    type: "object",
    required: ["holder", "valid_to", "valid_to_jalali"],
    properties: { holder: { type: "string" }, valid_to: { type: "string", format: "date" }, valid_to_jalali: { type: "string" }, days_left: { type: "integer", description: "0 on the last day" } },
  },
};
