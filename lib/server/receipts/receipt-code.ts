import "server-only";
import { randomBytes } from "node:crypto";

/** 128 random bits (base64url, 22 characters): a code cannot be guessed, nor another stay's derived from it. */
export const newReceiptCode = () => randomBytes(16).toString("base64url");
