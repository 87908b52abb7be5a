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

/**
 * Runs `work` in a transaction on one connection of the pool (for the raw-SQL paths): committed
 * when it returns, rolled back when it throws. A connection that cannot even roll back leaves the
 * pool rather than go back to it.
 */
export async function inPgTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
