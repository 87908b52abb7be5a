/**
 * Recognises "the database is not there" among the errors Prisma and pg throw, so routes can
 * answer 503 with a message instead of 500.
 */
import { DatabaseNotConfiguredError } from "../db";

const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist"]);
// SQLSTATE class 08 (connection exception) and 57P0x (server shutting down or starting).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3])$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseNotConfiguredError) return true;
  if (!error || typeof error !== "object") return false;
  const e = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } }; message?: unknown };
  if (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_SQLSTATE.test(e.code))) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause?.kind && UNAVAILABLE_ADAPTER_KINDS.has(cause.kind)) return true;
  if (cause?.originalCode && UNAVAILABLE_SQLSTATE.test(cause.originalCode)) return true;
  return typeof e.message === "string" && /Can't reach database server|ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect/i.test(e.message);
}

// SQLSTATE 22021 (invalid byte sequence, e.g. NUL) and 22P05 (untranslatable character).
const UNSTORABLE_SQLSTATE = new Set(["22021", "22P05"]);

/** Text the database cannot hold reached a query: the request was at fault, not the server. */
export function isUnstorableText(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; message?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (e.code && UNSTORABLE_SQLSTATE.has(e.code)) return true;
  const original = e.meta?.driverAdapterError?.cause?.originalCode;
  if (original && UNSTORABLE_SQLSTATE.has(original)) return true;
  return typeof e.message === "string" && /invalid byte sequence for encoding|untranslatable character/.test(e.message);
}
