/**
 * The app's one Prisma client, and the pg pool under it. Created on first use, so `next build`
 * never needs a database. Only server/** imports this module.
 *
 * Prisma and the hot raw-SQL paths (creating a note) share one pool of DATABASE_POOL_SIZE
 * connections, so an instance never opens more than that (plus its LISTEN connection).
 * Prisma's query engine costs a few hundred microseconds of CPU per query; paths that must run
 * near the database's own speed use `getPool()` directly with one statement.
 */
import "server-only";
import type pg from "pg";
import { createPgPool, createPrismaClient, type Db } from "./prisma-client";

const globalForDb = globalThis as unknown as { interleafDb?: Db; interleafPool?: pg.Pool };

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super("DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database, or set DATABASE_URL.");
  }
}

export function getPool(): pg.Pool {
  if (!globalForDb.interleafPool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new DatabaseNotConfiguredError();
    globalForDb.interleafPool = createPgPool(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return globalForDb.interleafPool;
}

export function getDb(): Db {
  if (!globalForDb.interleafDb) {
    const pool = getPool();
    globalForDb.interleafDb = createPrismaClient(process.env.DATABASE_URL!, pool.options.max, pool);
  }
  return globalForDb.interleafDb;
}
