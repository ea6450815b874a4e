/** Hand-written OpenAPI 3.1 description of the REST API; tests/integration/openapi.test.ts calls every path. */
import { tariffPaths, tariffSchemas } from "./openapi-tariffs";
import { passPaths, passSchemas } from "./openapi-passes";
import { correctionPatch, voidPath } from "./openapi-corrections";
import { shiftPaths, shiftSchemas } from "./openapi-shifts";

const stayOperator = {
  name: "operator", in: "query", required: false,
  description: "A user's or token's name exactly as shown: stays whose entry or exit it registered",
  schema: { type: "string", maxLength: 64 },
};

const stayGate = {
  name: "gate", in: "query", required: false,
  description: "A gate's id (GET /api/gates): stays whose entry or exit that gate read",
  schema: { type: "integer", minimum: 1 },
};

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const plateBody = {
  required: true,
  content: { "application/json": { schema: { $ref: "#/components/schemas/PlateBody" } } },
};

const idempotencyKey = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description: "Retrying with the same key returns the first result instead of registering twice.",
  schema: { type: "string", minLength: 1, maxLength: 128 },
};

const writeErrors = {
  "400": error("Malformed JSON"),
  "401": error("Missing, unknown or revoked token / no session"),
  "413": error("Body larger than 64 KB"),
  "415": error("Content-Type is not application/json"),
  "422": error("Invalid body or plate (code invalid_plate)"),
  "429": {
    ...error("Too many failed authentication attempts"),
    headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer", minimum: 1 } } },
  },
};

const settingsFields = {
  capacity: { type: "integer", minimum: 1, maximum: 100000 },
  price_per_hour: { type: "integer", minimum: 0, maximum: 100000000, description: "The first hour of the car tariff plan in force. A PUT that changes it (or grace_minutes) adds a car plan version effective now: one price per started hour, cars already inside keep their price" },
  lot_name: { type: "string", minLength: 1, maxLength: 80 },
  grace_minutes: { type: "integer", minimum: 0, maximum: 1440 },
  gate_auto_frames: { type: "integer", minimum: 1, maximum: 10, description: "Gate: frames in a row with the same plate before it is submitted without a tap" },
  gate_auto_confidence: { type: "number", minimum: 0.5, maximum: 1, description: "Gate: minimum confidence of each of those frames" },
  gate_cooldown_seconds: { type: "integer", minimum: 0, maximum: 3600, description: "Gate: the same plate and direction is not submitted again within this" },
  snapshot_retention_days: { type: "integer", minimum: 0, maximum: 3650, description: "Gate photos of stays that ended longer ago than this many days are deleted; 0 keeps them" },
};

const json = (schema: object) => ({ content: { "application/json": { schema } } });

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Pelak parking API",
    version: "1.0.0",
    description:
      "Compatible with the original Django API's clients. A method a path does not list answers 405 (code method_not_allowed) with an Allow header. Error messages are plain text: no text-direction marks.",
  },
  security: [{ bearer: [] }, { session: [] }],
  paths: {
    ...tariffPaths,
    ...passPaths,
    ...voidPath,
    ...shiftPaths,
    "/api/status/": {
      get: {
        summary: "Lot occupancy and price",
        description: "price is what the first hour costs a car entering now, under the car tariff plan in force (GET /api/tariffs).",
        responses: { "200": { description: "Status", ...json({ $ref: "#/components/schemas/Status" }) }, "401": error("Not authenticated") },
      },
    },
    "/api/entry/": {
      post: {
        summary: "Register a car entering",
        parameters: [idempotencyKey],
        requestBody: plateBody,
        responses: {
          "200": { description: "Registered", ...json({ $ref: "#/components/schemas/EntryResult" }) },
          ...writeErrors,
          "403": error("plate_denied: the plate is on the watch list as deny (the reason is in the message)"),
          "409": error("already_inside or lot_full"),
        },
      },
    },
    "/api/exit/": {
      post: {
        summary: "Register a car leaving; returns the stay in minutes and its cost",
        description:
          "payment_method (default cash, for old clients): cash, card or exempt with exempt_reason (plain text, 1–200 characters; cost 0, the price kept as the amount waived). pass is refused (422): the pass rules set it. A stay that costs nothing records no method (payment_method null). The exit counts in the caller's open shift (POST /api/shift), if any.",
        parameters: [idempotencyKey],
        requestBody: { required: true, content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/PlateBody" }], properties: {
          payment_method: { enum: ["cash", "card", "exempt"], default: "cash" }, exempt_reason: { type: ["string", "null"], maxLength: 200 },
          read_plate: { type: ["string", "null"], maxLength: 64, description: "The plate first sent, when plate is a look-alike picked from a not_inside answer's suggestions: recorded as a corrected read (audit action exit.lookalike_match). Refused (422, not_lookalike) unless plate is one commonly confused character away from it." },
        } } } } },
        responses: {
          "200": { description: "Registered", ...json({ $ref: "#/components/schemas/ExitResult" }) },
          ...writeErrors,
          "404": error("not_inside: error.suggestions lists the cars inside one commonly confused character away (ق/ن, ۲/۷, ۲/۳ …), at most 5, most likely first; empty when none"),
        },
      },
    },
    "/api/sessions/": {
      get: {
        summary: "Stays newest first (entry time), filtered and paged with next_cursor",
        description: "An unknown parameter is refused with 422.",
        parameters: [
          { name: "plate", in: "query", required: false, description: "A whole plate or any part of it (Persian, Arabic or Latin digits)", schema: { type: "string", maxLength: 64 } },
          { name: "from", in: "query", required: false, description: "Entered at or after: a lot-local day (YYYY-MM-DD) or an ISO 8601 instant", schema: { type: "string" } },
          { name: "to", in: "query", required: false, description: "Entered before the end of this lot-local day, or before this instant", schema: { type: "string" } },
          { name: "status", in: "query", required: false, schema: { enum: ["open", "closed", "archived", "void"] } },
          stayOperator,
          stayGate,
          { name: "payment_method", in: "query", required: false, schema: { $ref: "#/components/schemas/PaymentMethod" } },
          { name: "cursor", in: "query", required: false, description: "next_cursor of the previous page", schema: { type: "string", maxLength: 64 } },
          { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
        ],
        responses: {
          "200": { description: "A page of stays", ...json({ $ref: "#/components/schemas/SessionPage" }) },
          "401": error("Not authenticated"),
          "422": error("Invalid query parameter (field_errors names it)"),
        },
      },
    },
    "/api/gates/": {
      get: {
        summary: "Every gate (active first) with online/offline and its last heartbeat",
        responses: {
          "200": { description: "The gates", ...json({ type: "object", required: ["gates"], properties: { gates: { type: "array", items: { $ref: "#/components/schemas/Gate" } } } }) },
          "401": error("Not authenticated"),
        },
      },
    },
    "/api/gates/{id}/heartbeat": {
      post: {
        summary: "A gate page's heartbeat (about every 30 s); kept as the gate's latest",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Heartbeat" } } } },
        responses: {
          "200": { description: "Stored", ...json({ type: "object", required: ["success", "gate", "at"], properties: { success: { const: true }, gate: { type: "integer" }, at: { type: "string", format: "date-time" } } }) },
          ...writeErrors,
          "400": error("invalid_id, or malformed JSON"),
          "422": error("Invalid body, unknown_gate or inactive_gate"),
        },
      },
    },
    "/api/sessions/{id}": {
      get: {
        summary: "One stay, as an item of GET /api/sessions",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: {
          "200": { description: "The stay", ...json({ $ref: "#/components/schemas/Session" }) },
          "400": error("invalid_id: not a positive integer"),
          "401": error("Not authenticated"),
          "404": error("unknown_session"),
        },
      },
      patch: correctionPatch,
    },
    "/api/sessions/export": {
      get: {
        summary: "The filtered stays as a CSV or XLSX file, newest first",
        description:
          "Same filters as GET /api/sessions (no cursor or limit). At most 100,000 rows: X-Export-Rows gives the count, X-Export-Truncated true when more matched, X-Export-Row-Cap the cap. Persian headers; entry and exit times both as Jalali lot-local text (1405/09/09 14:05) and ISO 8601; numbers as numbers; text starting with = + - @ tab or CR is prefixed with an apostrophe so spreadsheets do not run it. The CSV is UTF-8 with a byte-order mark; the XLSX sheet is right to left.",
        parameters: [
          { name: "format", in: "query", required: true, schema: { enum: ["csv", "xlsx"] } },
          { name: "plate", in: "query", required: false, schema: { type: "string", maxLength: 64 } },
          { name: "from", in: "query", required: false, schema: { type: "string" } },
          { name: "to", in: "query", required: false, schema: { type: "string" } },
          { name: "status", in: "query", required: false, schema: { enum: ["open", "closed", "archived", "void"] } },
          stayOperator,
          stayGate,
          { name: "payment_method", in: "query", required: false, schema: { $ref: "#/components/schemas/PaymentMethod" } },
        ],
        responses: {
          "200": {
            description: "An attachment named pelak-stays-YYYY-MM-DD (Jalali date of the download)",
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
            },
          },
          "401": error("Not authenticated"),
          "422": error("Invalid or unknown query parameter (field_errors names it)"),
        },
      },
    },
    "/api/reports/": {
      get: {
        summary: "Report figures (admin only): a row per lot-local day or per Jalali month, totals, and occupancy by hour of day",
        description:
          "Days are the lot's (Asia/Tehran) calendar days given as Gregorian ISO dates; each row also has its Jalali label (1405/09/10, or 1405/09 by month; a month cut by the range holds only its days inside it). Entries count by entry day, exits, revenue (Tomans) and average stay (minutes, of paid exits) by exit day. occupancy_by_hour: for each hour 0–23, the most cars inside during that hour, averaged over the days (average) and the largest (peak). by_operator: paid exits and revenue by the name of the user or token that registered the exit (operator null when not recorded). by_payment_method: exits, revenue and the amount waived per payment method (method null: nothing paid, or recorded before methods were kept), in the order cash, card, pass, exempt, null.",
        parameters: [
          { name: "from", in: "query", required: true, description: "First lot-local day (YYYY-MM-DD)", schema: { type: "string", format: "date" } },
          { name: "to", in: "query", required: true, description: "Last lot-local day (YYYY-MM-DD), included; at most 400 days after from", schema: { type: "string", format: "date" } },
          { name: "group", in: "query", required: false, schema: { enum: ["day", "month"], default: "day" } },
        ],
        responses: {
          "200": { description: "The report", ...json({ type: "object", required: ["from", "to", "group", "rows", "totals", "occupancy_by_hour", "by_operator"] }) },
          "400": error("invalid_range: to before from, or more than 400 days"),
          "401": error("Not authenticated"),
          "403": error("Not an admin"),
          "422": error("Invalid query parameter (field_errors names it)"),
        },
      },
    },
    "/api/settings/": {
      get: {
        summary: "Current settings",
        responses: { "200": { description: "Settings", ...json({ $ref: "#/components/schemas/Settings" }) }, "401": error("Not authenticated") },
      },
      put: {
        summary: "Change settings (admin only); send any subset of the fields",
        requestBody: { required: true, ...json({ type: "object", additionalProperties: false, minProperties: 1, properties: settingsFields }) },
        responses: {
          "200": { description: "Updated", ...json({ allOf: [{ $ref: "#/components/schemas/Settings" }, { type: "object", properties: { success: { const: true } } }] }) },
          ...writeErrors,
          "403": error("Not an admin"),
        },
      },
    },
    "/api/snapshots/{name}": {
      get: {
        summary: "A gate snapshot (JPEG) named by a session's entrySnapshot or exitSnapshot",
        parameters: [{ name: "name", in: "path", required: true, schema: { type: "string", pattern: "^[0-9a-f]{32}\\.jpg$" } }],
        responses: {
          "200": { description: "The JPEG", content: { "image/jpeg": { schema: { type: "string", format: "binary" } } } },
          "401": error("Not authenticated"),
          "404": error("unknown_snapshot"),
        },
      },
    },
    "/api/health": {
      get: {
        summary: "Whether this instance can serve, for load balancers and monitors: database reachable, migrations applied, snapshot folder writable",
        security: [],
        responses: {
          "200": { description: "Healthy", ...json({ $ref: "#/components/schemas/Health" }) },
          "503": { description: "Not able to serve; problems says why", ...json({ $ref: "#/components/schemas/Health" }) },
        },
      },
    },
    "/api/openapi.json": {
      get: { summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1 document" } } },
    },
  },
  components: {
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "Token from `npm run token -- create`" },
      session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
    },
    schemas: {
      ...tariffSchemas,
      ...passSchemas,
      ...shiftSchemas,
      PlateBody: {
        type: "object",
        additionalProperties: false,
        required: ["plate"],
        properties: {
          plate: { type: "string", maxLength: 64, examples: ["12ب345-67", "۱۲ب۳۴۵ ایران ۶۷"] },
          image: {
            type: ["string", "null"],
            maxLength: 500,
            description: "Path or URL of the camera's picture, stored with the stay. Not the picture itself: data: URIs, control and text-direction characters are refused (422)",
          },
          gate: {
            type: ["integer", "null"],
            minimum: 1,
            description: "Optional id of the gate that saw the car (GET /api/gates), recorded as the stay's entry or exit gate. An unknown or inactive gate, or one that does not let cars through that way, is refused with 422 (unknown_gate, inactive_gate, wrong_gate_direction)",
          },
          vehicle_class: { enum: ["car", "motorcycle", "van"], description: "POST /api/entry only (default car): picks the tariff plan the stay is charged by" },
        },
      },
      Gate: {
        type: "object",
        required: ["id", "name", "direction", "active", "online", "last_heartbeat_at", "camera_on", "backend", "fps", "pending_reads"],
        properties: {
          id: { type: "integer" }, name: { type: "string" }, direction: { enum: ["entry", "exit", "both"] }, active: { type: "boolean" },
          online: { type: "boolean", description: "Active and a heartbeat arrived within the last 2 minutes" },
          last_heartbeat_at: { type: ["string", "null"], format: "date-time" },
          camera_on: { type: ["boolean", "null"] }, backend: { type: ["string", "null"], description: "webgpu or wasm; null while the reader loads" },
          fps: { type: ["number", "null"], description: "Frames read per second" }, pending_reads: { type: ["integer", "null"], description: "Reads waiting in the gate's outbox" },
        },
      },
      Heartbeat: {
        type: "object",
        additionalProperties: false,
        required: ["camera_on", "backend", "fps", "pending_reads"],
        properties: {
          camera_on: { type: "boolean" }, backend: { type: ["string", "null"], enum: ["webgpu", "wasm", null] },
          fps: { type: ["number", "null"], minimum: 0, maximum: 1000 }, pending_reads: { type: "integer", minimum: 0, maximum: 1000000 },
        },
      },
      Session: {
        type: "object",
        required: ["id", "plate", "entry_at", "exit_at", "duration", "cost", "status", "entry_operator", "exit_operator"],
        properties: {
          id: { type: "integer" }, plate: { type: "string" }, entry_at: { type: "string", format: "date-time" },
          exit_at: { type: ["string", "null"], format: "date-time" }, duration: { type: ["integer", "null"], description: "Minutes" },
          cost: { type: ["integer", "null"] }, status: { enum: ["open", "closed", "archived", "void"] },
          entry_operator: { type: ["string", "null"], description: "Name of the user or token that registered the entry" },
          exit_operator: { type: ["string", "null"] },
          entry_gate: { type: ["string", "null"], description: "Name of the gate that read the entry; null for manual entries" },
          exit_gate: { type: ["string", "null"] },
          payment_method: { oneOf: [{ $ref: "#/components/schemas/PaymentMethod" }, { type: "null" }], description: "null while inside, archived, or nothing to pay" },
          exempt_reason: { type: ["string", "null"] }, waived_amount: { type: ["integer", "null"], description: "What an exempt stay would have cost" },
        },
      },
      SessionPage: {
        type: "object",
        required: ["items", "next_cursor"],
        properties: {
          items: {
            type: "array",
            items: { $ref: "#/components/schemas/Session" },
          },
          next_cursor: { type: ["string", "null"], description: "Pass as cursor for the next page; null on the last page" },
        },
      },
      Status: {
        type: "object",
        required: ["capacity", "active", "free", "price"],
        properties: { capacity: { type: "integer" }, active: { type: "integer" }, free: { type: "integer" }, price: { type: "integer" } },
      },
      EntryResult: {
        type: "object",
        required: ["success", "entry_id"],
        properties: {
          success: { const: true }, entry_id: { type: "integer" }, plate: { type: "string" },
          entry_at: { type: "string", format: "date-time" }, replayed: { type: "boolean" },
          alert: { type: "object", required: ["reason"], properties: { reason: { type: "string" } }, description: "Only for a plate on the watch list as alert: admitted, and flagged" },
        },
      },
      ExitResult: {
        type: "object",
        required: ["success", "duration", "cost"],
        properties: {
          success: { const: true }, duration: { type: "integer", description: "minutes" }, cost: { type: "integer" },
          plate: { type: "string" }, entry_at: { type: "string", format: "date-time" },
          exit_at: { type: "string", format: "date-time" }, replayed: { type: "boolean" },
          payment_method: { oneOf: [{ $ref: "#/components/schemas/PaymentMethod" }, { type: "null" }], description: "null when the stay cost nothing" },
          pass: { $ref: "#/components/schemas/PassAtExit", description: "Only when a valid pass made the stay free (payment_method pass)" },
          pass_expired: { $ref: "#/components/schemas/PassAtExit", description: "Only when the plate's pass has expired: the stay was charged normally" },
          lines: { type: "array", items: { $ref: "#/components/schemas/TariffLine" }, description: "The tariff plan's lines (plan in force at entry) and, when a pass or an exemption made the stay cheaper, a line with the difference: they add up to cost" },
        },
      },
      Settings: { type: "object", required: Object.keys(settingsFields), properties: settingsFields },
      Health: {
        type: "object",
        required: ["status", "problems", "database", "snapshots"],
        properties: {
          status: { enum: ["ok", "unavailable"] },
          problems: { type: "array", items: { enum: ["database_unreachable", "migrations_pending", "snapshots_not_writable"] } },
          database: {
            type: "object",
            required: ["reachable", "migrations"],
            properties: {
              reachable: { type: "boolean" },
              migrations: {
                type: ["object", "null"],
                description: "null when the database is unreachable",
                properties: { applied: { type: "integer" }, expected: { type: "integer", description: "Shipped with this build" }, pending: { type: "integer" } },
              },
            },
          },
          snapshots: {
            type: "object",
            required: ["writable", "free_bytes"],
            properties: {
              writable: { type: "boolean" },
              free_bytes: { type: ["integer", "null"], description: "Space left on the folder's file system; reported, never a reason for 503" },
            },
          },
        },
      },
      Lookalike: {
        type: "object",
        required: ["plate", "session_id", "entry_at", "entry_snapshot_url"],
        properties: {
          plate: { type: "string" },
          session_id: { type: "integer" },
          entry_at: { type: "string", format: "date-time" },
          entry_snapshot_url: { type: ["string", "null"], description: "The entry's gate photo (GET /api/snapshots/{name})" },
        },
      },
      Error: {
        type: "object",
        required: ["success", "error"],
        properties: {
          success: { const: false },
          error: {
            type: "object",
            required: ["code", "message", "message_fa"],
            properties: {
              code: { type: "string" }, message: { type: "string" }, message_fa: { type: "string" },
              field_errors: { type: "object", additionalProperties: { type: "object", properties: { message: { type: "string" }, message_fa: { type: "string" } } } },
              suggestions: { type: "array", description: "not_inside from POST /api/exit only", items: { $ref: "#/components/schemas/Lookalike" } },
            },
          },
        },
      },
    },
  },
};
