/** Gives a test file the suite's database: sets DATABASE_URL for the data layer and returns a client. */
import { inject } from "vitest";
import { createPrismaClient } from "../../server/prisma-client";

export function connectTestDatabase() {
  const url = inject("databaseUrl");
  process.env.DATABASE_URL = url;
  return { url, db: createPrismaClient(url, 2) };
}
