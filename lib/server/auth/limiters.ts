import "server-only";
import { createFailureLimiter } from "./rate-limit";

const MINUTE = 60_000;

/**
 * Wrong passwords per user name *and* client address: an attacker elsewhere cannot lock the real
 * user out. 5 in a row block that pair for 1 minute, each further one twice as long, up to 1 hour.
 */
export const signInLimiter = createFailureLimiter({ name: "login", free: 5, firstBlockMs: MINUTE, maxBlockMs: 60 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE });

export const signInKey = (username: string, address: string) => `${username}|${address}`;

/**
 * Guessed API tokens per address: 30 in a row, then the same back-off. A valid token is never
 * refused because others failed from its address (lib/server/http/authenticate.ts).
 */
export const badTokenLimiter = createFailureLimiter({ name: "bad-token", free: 30, firstBlockMs: MINUTE, maxBlockMs: 60 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE });

/**
 * Unknown receipt codes per address on the public verification page: 30 in a row, then the same
 * back-off. 128-bit codes cannot be found by guessing anyway; this keeps the guessing cheap for us.
 */
export const receiptGuessLimiter = createFailureLimiter({ name: "receipt-guess", free: 30, firstBlockMs: MINUTE, maxBlockMs: 60 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE });

export const ALL_LIMITERS = [signInLimiter, badTokenLimiter, receiptGuessLimiter];
