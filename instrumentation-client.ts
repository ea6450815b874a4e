import { config } from "zod/v4/core";

// Runs in the browser before the app's code. zod probes `new Function` to decide whether to compile
// its object parsers; under the pages' Content-Security-Policy (no 'unsafe-eval', next.config.ts)
// the probe is refused and reported as a violation on every page that builds a schema (the gate).
// The browser parses a handful of small forms: interpreting them costs nothing noticeable.
config({ jitless: true });
