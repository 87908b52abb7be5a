/** Share tokens: 32 random bytes (256 bits) as base64url; only their SHA-256 is stored. */
import { createHash, randomBytes } from "node:crypto";

export const newShareToken = () => randomBytes(32).toString("base64url");
export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");
