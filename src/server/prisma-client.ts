/**
 * Builds a Prisma client on @prisma/adapter-pg. The app uses the one instance in `db.ts`;
 * seeds, scripts and test fixtures build their own for the database they were given.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: poolSize,
    // Fail fast when the database is down, so health checks and pages answer instead of hanging.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}
