/**
 * Builds a Prisma client on @prisma/adapter-pg. The app uses the one instance in `db.ts`;
 * seeds, scripts and test fixtures build their own for the database they were given.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export function createPgPool(connectionString: string, poolSize = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // Fail fast when the database is down, so health checks and pages answer instead of hanging.
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection dropped by the server (restart, network) must not crash the process: the
  // pool replaces it, and the next query reports the outage as a 503.
  pool.on("error", () => {});
  return pool;
}

/** A Prisma client on `pool` when given (the app shares one pool between Prisma and its raw hot paths). */
export function createPrismaClient(connectionString: string, poolSize = 10, pool?: pg.Pool): PrismaClient {
  const adapter = new PrismaPg(pool ?? { connectionString, max: poolSize, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}
