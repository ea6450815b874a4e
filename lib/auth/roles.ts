/** The roles a user or API token can have; isomorphic so admin pages can show and pick them. */
export const ROLES = ["admin", "operator"] as const;
export type Role = (typeof ROLES)[number];
