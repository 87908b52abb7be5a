/**
 * Idempotency-Key checks shared by writes that honour it. The write itself stores the key's record
 * in the same statement as its rows (see insert-annotation.ts), so a retry after a crash, a timeout
 * or a lost response gets the first answer back and stores nothing twice.
 */
import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";

export interface StoredResponse {
  status: number;
  body: unknown;
  replayed: boolean;
}

export const requestHash = (...parts: unknown[]) => createHash("sha256").update(JSON.stringify(parts)).digest("hex");

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function checkIdempotencyKey(key: string | null): string | null {
  if (key === null) return null;
  if (!KEY_PATTERN.test(key))
    throw new HttpError(400, "Idempotency-Key must be 1-200 visible ASCII characters.", { code: "idempotency_key_invalid" });
  return key;
}

export function replay(row: { requestHash: string; status: number; response: unknown }, hash: string): StoredResponse {
  if (row.requestHash !== hash)
    throw new HttpError(422, "This Idempotency-Key was already used for a different request. Use a new key for a new note.", {
      code: "idempotency_key_reused",
    });
  return { status: row.status, body: row.response, replayed: true };
}

/** The stored answer for (user, key), replayed (422 when the request differs), or null when there is none. */
export async function findStoredResponse(options: { userId: string; key: string; hash: string }): Promise<StoredResponse | null> {
  const row = await getDb().idempotencyKey.findUnique({ where: { userId_key: { userId: options.userId, key: options.key } } });
  return row ? replay(row, options.hash) : null;
}
