/**
 * Runs a write at most once per (user, Idempotency-Key). The write and the key's record commit in
 * one transaction, so a retry after a crash, a timeout or a lost response gets the first answer
 * back and stores nothing twice. Two concurrent requests with one key: the second's transaction
 * fails on the key's primary key and rolls back its write, then it answers with the first's result.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
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
  if (!KEY_PATTERN.test(key)) throw new HttpError(400, "Idempotency-Key must be 1-200 visible ASCII characters.");
  return key;
}

export function replay(row: { requestHash: string; status: number; response: unknown }, hash: string): StoredResponse {
  if (row.requestHash !== hash) throw new HttpError(422, "This Idempotency-Key was already used for a different request. Use a new key for a new note.");
  return { status: row.status, body: row.response, replayed: true };
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** The stored answer for (user, key), replayed (422 when the request differs), or null when there is none. */
export async function findStoredResponse(options: { userId: string; key: string; hash: string }): Promise<StoredResponse | null> {
  const row = await getDb().idempotencyKey.findUnique({ where: { userId_key: { userId: options.userId, key: options.key } } });
  return row ? replay(row, options.hash) : null;
}

export async function runIdempotent(
  options: { userId: string; key: string | null; hash: string },
  work: (tx: Prisma.TransactionClient) => Promise<{ status: number; body: unknown }>,
): Promise<StoredResponse> {
  const db = getDb();
  const { userId, key, hash } = options;
  if (!key) return { ...(await db.$transaction(work)), replayed: false };

  const where = { userId_key: { userId, key } };
  const existing = await db.idempotencyKey.findUnique({ where });
  if (existing) return replay(existing, hash);
  try {
    return await db.$transaction(async (tx) => {
      const result = await work(tx);
      await tx.idempotencyKey.create({ data: { userId, key, requestHash: hash, status: result.status, response: result.body as Prisma.InputJsonValue } });
      return { ...result, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.idempotencyKey.findUnique({ where });
    if (!winner) throw error;
    return replay(winner, hash);
  }
}
