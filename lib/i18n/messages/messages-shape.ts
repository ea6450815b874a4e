import type { fa } from "./fa";

/** Every section and key of the Persian dictionary, each a string: the shape en.ts must match. */
export type Messages = { [S in keyof typeof fa]: { [K in keyof (typeof fa)[S]]: string } };
