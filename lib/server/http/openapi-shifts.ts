/** The payment-method and cash-shift part of the OpenAPI document (lib/server/http/openapi.ts spreads it in). */

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const money = (description: string) => ({ type: "integer", description: `${description} (Tomans)` });

export const shiftPaths = {
  "/api/shift/": {
    get: {
      summary: "The caller's open shift with live totals, or null",
      responses: { "200": { description: "The open shift or null", ...json({ type: "object", required: ["shift"], properties: { shift: { oneOf: [ref("Shift"), { type: "null" }] } } }) }, "401": error("Not authenticated") },
    },
    post: {
      summary: "Open the caller's shift: exits the caller records from now on count in it",
      responses: { "201": { description: "Opened (audited shift.open)", ...json(ref("Shift")) }, "401": error("Not authenticated"), "409": error("shift_open: already open") },
    },
  },
  "/api/shift/close/": {
    post: {
      summary: "Close the caller's shift with the cash counted in the drawer; the shift is then locked",
      requestBody: {
        required: true,
        content: { "application/json": { schema: { type: "object", additionalProperties: false, required: ["counted_cash"], properties: { counted_cash: { oneOf: [{ type: "integer", minimum: 0, maximum: 10_000_000_000 }, { type: "string", description: "Digits in any script, grouping allowed" }] } } } } },
      },
      responses: {
        "200": { description: "Closed (audited shift.close): expected amounts per method, the count and the difference", ...json(ref("Shift")) },
        "401": error("Not authenticated"),
        "409": error("no_open_shift"),
        "422": error("counted_cash is not a whole number of Tomans from 0 to 10,000,000,000"),
      },
    },
  },
  "/api/shifts/export": {
    get: {
      summary: "Shifts as CSV, newest first (admin): Persian headers, Jalali and ISO times, names safe from formula injection",
      parameters: [
        { name: "operator", in: "query", required: false, description: "The operator's name as stored when the shift opened", schema: { type: "string", maxLength: 64 } },
        { name: "day", in: "query", required: false, description: "Shifts opened on this Jalali day (1405/09/09, any digits)", schema: { type: "string" } },
      ],
      responses: { "200": { description: "text/csv" }, "401": error("Not authenticated"), "403": error("Admins only"), "422": error("Bad day or unknown parameter") },
    },
  },
};

export const shiftSchemas = {
  Shift: {
    type: "object",
    required: ["id", "operator", "opened_at", "closed_at", "exits", "expected_cash", "expected_card", "pass_exits", "exempt_exits", "waived_amount", "counted_cash", "difference"],
    properties: {
      id: { type: "integer" }, operator: { type: "string" },
      opened_at: { type: "string", format: "date-time" }, closed_at: { type: ["string", "null"], format: "date-time" },
      exits: { type: "integer", description: "Every exit counted in the shift, free ones included" },
      expected_cash: money("Cash exits' costs"), expected_card: money("Card exits' costs"),
      pass_exits: { type: "integer" }, exempt_exits: { type: "integer" }, waived_amount: money("What the exempt exits would have cost"),
      counted_cash: { type: ["integer", "null"], description: "Entered at the close; null while open" },
      difference: { type: ["integer", "null"], description: "counted_cash − expected_cash: negative is a shortage; null while open" },
    },
  },
  PaymentMethod: { enum: ["cash", "card", "pass", "exempt"], description: "pass is set by the pass rules only; a client may send cash, card or exempt" },
};
