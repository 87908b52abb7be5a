/**
 * The app's one Prisma client. Created on first use, so `next build` never needs a database.
 * Only src/server/** imports this module.
 */
import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";

const globalForDb = globalThis as unknown as { interleafDb?: Db };

export class DatabaseNotConfiguredError extends Error {
  constructor() {
    super("DATABASE_URL is not set. Start the app with `npm start`, which provides the embedded database, or set DATABASE_URL.");
  }
}

export function getDb(): Db {
  if (!globalForDb.interleafDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new DatabaseNotConfiguredError();
    globalForDb.interleafDb = createPrismaClient(url, Number(process.env.DATABASE_POOL_SIZE ?? 10));
  }
  return globalForDb.interleafDb;
}
