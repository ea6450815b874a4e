/** The tariff part of the OpenAPI document (lib/server/http/openapi.ts spreads it in). */

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const json = (schema: object) => ({ content: { "application/json": { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const money = { type: "integer", minimum: 0, maximum: 100000000, description: "Toman" };
const clock = { type: ["string", "null"], pattern: "^([01]\\d|2[0-3]):[0-5]\\d$", examples: ["22:00"] };

const planFields = {
  vehicle_class: { enum: ["car", "motorcycle", "van"], default: "car", description: "van covers vans and trucks. A class with no version of its own is priced by the car plan" },
  free_minutes: { type: "integer", minimum: 0, maximum: 1440, default: 0, description: "A stay of at most this many whole minutes is free; past them the whole stay is charged" },
  first_hour: { ...money, description: "Price of the first started unit (Toman)" },
  next_hour: { ...money, description: "Price of each further started unit (Toman)" },
  unit_minutes: { enum: [60, 30, 15], default: 60 },
  daily_cap: { type: ["integer", "null"], minimum: 0, description: "No 24 h block counted from entry costs more; at least first_hour; null: no cap" },
  night_start: { ...clock, description: "Night window on Tehran's clock; a unit that STARTS inside [night_start, night_end) costs night_price instead (the first unit too)" },
  night_end: clock,
  night_price: { type: ["integer", "null"], minimum: 0, description: "Toman per night unit; night_start, night_end and night_price come together or not at all" },
};

export const tariffPaths = {
  "/api/tariffs/": {
    get: {
      summary: "Every tariff plan version, per vehicle class, newest first (operators and admins)",
      description: "A stay is priced by its class's version with the latest effective_from at or before its entry, even if a newer one took effect before the exit.",
      responses: {
        "200": { description: "The versions", ...json({ type: "object", required: ["plans"], properties: { plans: { type: "array", items: ref("TariffPlan") } } }) },
        "401": error("Not authenticated"),
      },
    },
    post: {
      summary: "Add a plan version (admins). Versions are never edited or back-dated",
      requestBody: { required: true, ...json(ref("TariffPlanBody")) },
      responses: {
        "201": { description: "Added; the list as it is now", ...json({ type: "object", required: ["success", "plans"], properties: { success: { const: true }, plans: { type: "array", items: ref("TariffPlan") } } }) },
        "401": error("Not authenticated"),
        "403": error("Not an admin"),
        "422": error("A field out of range, unit_minutes not 60/30/15, daily_cap below first_hour, an incomplete night window, or effective_from in the past (field_errors names it, in English and Persian)"),
      },
    },
  },
  "/api/quote/": {
    post: {
      summary: "What an exit at exit_at would charge a stay that entered at entry_at, line by line (the exit's own pricing)",
      requestBody: { required: true, ...json(ref("QuoteBody")) },
      responses: {
        "200": { description: "The price", ...json(ref("Quote")) },
        "401": error("Not authenticated"),
        "422": error("exit_at before entry_at, more than 400 days, an unknown vehicle_class or an invalid plate"),
      },
    },
  },
};

export const tariffSchemas = {
  TariffPlanBody: {
    type: "object",
    additionalProperties: false,
    required: ["first_hour", "next_hour"],
    properties: {
      ...planFields,
      effective_from: { type: ["string", "null"], format: "date-time", description: "Default now; a time in the past (more than a minute) is refused with 422" },
    },
  },
  TariffPlan: {
    type: "object",
    required: [...Object.keys(planFields), "id", "effective_from", "created_by", "created_at", "in_force"],
    properties: {
      id: { type: "integer" },
      ...planFields,
      effective_from: { type: "string", format: "date-time", description: "1970-01-01T00:00:00Z for the plan the upgrade made from the old settings" },
      created_by: { type: "string" },
      created_at: { type: "string", format: "date-time" },
      in_force: { type: "boolean", description: "The version a car of this class entering now is charged by" },
    },
  },
  TariffLine: {
    type: "object",
    required: ["code", "label", "label_fa", "quantity", "unit_price", "amount"],
    properties: {
      code: { enum: ["free", "first", "next", "night", "daily_cap", "pass", "exempt", "correction"] },
      label: { type: "string", examples: ["Next hour × 2 (20,000 Toman each)"] },
      label_fa: { type: "string" },
      quantity: { type: "integer", description: "Units; for daily_cap, the 24 h blocks the cap cut" },
      unit_price: { type: "integer" },
      amount: { type: "integer", description: "Toman; negative for daily_cap. The amounts add up to the plan's price" },
    },
  },
  QuoteBody: {
    type: "object",
    additionalProperties: false,
    required: ["entry_at", "exit_at"],
    properties: {
      entry_at: { type: "string", format: "date-time" },
      exit_at: { type: "string", format: "date-time" },
      vehicle_class: planFields.vehicle_class,
      plate: { type: "string", maxLength: 64, description: "Checked; reserved for pass pricing" },
    },
  },
  Quote: {
    type: "object",
    required: ["success", "cost", "minutes", "lines"],
    properties: {
      success: { const: true },
      cost: { type: "integer" },
      minutes: { type: "integer", description: "Whole minutes, as an exit counts them" },
      lines: { type: "array", items: ref("TariffLine") },
    },
  },
};
