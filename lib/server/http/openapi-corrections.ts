/** Voiding and correcting a stay, spread into /api/sessions/{id} of lib/server/http/openapi.ts. */

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const reason = { type: "string", minLength: 1, maxLength: 200, description: "Why; plain text (no control characters, line breaks or direction overrides). Kept in the audit log" };
const instant = { type: "string", format: "date-time", description: "ISO 8601 with an offset; not in the future" };

const responses = (ok: string) => ({
  "200": { description: ok, ...json({ $ref: "#/components/schemas/Session" }) },
  "400": error("invalid_id or malformed_json"),
  "401": error("Not authenticated"),
  "403": error("Only an admin may correct stays"),
  "404": error("unknown_session"),
  "409": error("not_correctable (the stay is void or archived), or already_inside (the corrected plate has an open stay)"),
  "415": error("Content-Type is not application/json"),
  "422": error("Invalid fields (field_errors in fa and en), empty_correction, future_time, exit_before_entry, still_inside, cost_of_free_method"),
});

export const correctionPatch = {
  summary: "Correct a stay's plate, times or amount (admin)",
  description:
    "Fields left out stay as they are; at least one of plate, entry_at, exit_at, cost. Changed times of a closed stay re-price it by the tariff plan in force at its entry unless cost is given; a pass or exempt stay takes no cost. An open stay (car inside) takes only plate and entry_at. Values equal to the stored ones change nothing (a retry is harmless). Reports and a closed shift's expected figures follow; each changed field's old and new value goes into the audit log.",
  parameters: [idParam],
  requestBody: {
    required: true,
    ...json({
      type: "object", required: ["reason"], additionalProperties: false,
      properties: { plate: { type: "string", maxLength: 64, description: "Normalised like an entry's plate" }, entry_at: instant, exit_at: instant, cost: { type: "integer", minimum: 0, maximum: 1000000000 }, reason },
    }),
  },
  responses: responses("The corrected stay"),
};

export const voidPath = {
  "/api/sessions/{id}/void": {
    post: {
      summary: "Void a stay (admin)",
      description: "The stay keeps its row with status void and counts in no revenue or shift; a car still inside leaves the count (its space is free). Voiding a void stay answers it unchanged.",
      parameters: [idParam],
      requestBody: { required: true, ...json({ type: "object", required: ["reason"], additionalProperties: false, properties: { reason } }) },
      responses: responses("The voided stay"),
    },
  },
};
