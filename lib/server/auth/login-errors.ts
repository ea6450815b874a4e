// credentials.ts still imports the codes from here; the login page reads lib/auth/login-errors.ts.
export type { LoginErrorCode } from "@/lib/auth/login-errors";
