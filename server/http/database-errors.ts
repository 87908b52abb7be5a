/**
 * Recognises "the database is not there" among the errors Prisma and pg throw, so routes can
 * answer 503 with a message instead of 500.
 */
import { DatabaseNotConfiguredError } from "../db";

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseDoesNotExist",
]);
// SQLSTATE class 08 (connection exception) and 57P0x (server shutting down or starting).
const UNAVAILABLE_SQLSTATE = /^(?:08...|57P0[1-3])$/;
// Socket errors, as pg reports them to raw queries on the pool (Prisma's adapter wraps them in a kind).
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);

type AdapterCause = { kind?: string; originalCode?: string };
type AdapterErrorShape = {
  code?: unknown;
  name?: unknown;
  cause?: AdapterCause;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
  message?: unknown;
};

/** The driver adapter's description of a database error: wrapped by Prisma (meta) or thrown as is (raw queries, transactions). */
const adapterCause = (e: AdapterErrorShape): AdapterCause | undefined =>
  e.meta?.driverAdapterError?.cause ?? (e.name === "DriverAdapterError" ? e.cause : undefined);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseNotConfiguredError) return true;
  if (!error || typeof error !== "object") return false;
  const e = error as AdapterErrorShape;
  if (
    typeof e.code === "string" &&
    (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_SOCKET_CODES.has(e.code))
  )
    return true;
  const cause = adapterCause(e);
  if (cause?.kind && UNAVAILABLE_ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.originalCode && UNAVAILABLE_SQLSTATE.test(cause.originalCode)) return true;
  return (
    typeof e.message === "string" &&
    /Can't reach database server|ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|not queryable/i.test(e.message)
  );
}

// SQLSTATE 22021 (invalid byte sequence, e.g. NUL) and 22P05 (untranslatable character).
const UNSTORABLE_SQLSTATE = new Set(["22021", "22P05"]);

/** Text the database cannot hold reached a query: the request was at fault, not the server. */
export function isUnstorableText(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as AdapterErrorShape;
  if (typeof e.code === "string" && UNSTORABLE_SQLSTATE.has(e.code)) return true;
  const original = adapterCause(e)?.originalCode;
  if (original && UNSTORABLE_SQLSTATE.has(original)) return true;
  // Prisma's own JSON protocol chokes on a lone surrogate before PostgreSQL sees it.
  return (
    typeof e.message === "string" &&
    /invalid byte sequence for encoding|untranslatable character|unexpected end of hex escape|lone leading surrogate/.test(e.message)
  );
}

/** What `readUnlessUnavailable` gives when the database is not there. */
export const UNAVAILABLE = Symbol("database unavailable");

/** A page's read, or UNAVAILABLE when the database is not there (the page then shows <UnavailableNotice />). */
export async function readUnlessUnavailable<T>(read: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
  try {
    return await read();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return UNAVAILABLE;
    throw error;
  }
}
