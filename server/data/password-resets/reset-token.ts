/** Reset tokens: 32 random bytes, handed out as base64url; only their SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export const newResetToken = () => randomBytes(32).toString("base64url");

export const hashResetToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
