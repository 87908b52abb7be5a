/**
 * Brings a database up to date: applies pending migrations with the Prisma CLI
 * (`prisma migrate deploy`), then runs the idempotent seed. When every migration is already
 * applied, as on every start but the first after an upgrade, the CLI is not started at all: it
 * takes about 3 s of a warm start only to find nothing to do (issue 19's `start.warmMs`).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { createPrismaClient } from "../../server/prisma-client";

const root = path.resolve(import.meta.dirname, "../..");
const require = createRequire(import.meta.url);

export async function migrateDatabase(url: string): Promise<void> {
  const cli = require.resolve("prisma/build/index.js");
  const preload = path.join(root, "scripts/prisma-cli-preload.cjs");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", preload, cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk) => output.push(String(chunk)));
    child.stderr.on("data", (chunk) => output.push(String(chunk)));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`Applying database migrations failed (prisma migrate deploy exited ${code}):\n${output.join("")}`);
}

/**
 * Whether every migration in prisma/migrations is applied, finished and not rolled back, with the
 * checksum Prisma recorded for it (the SHA-256 of its migration.sql), and none is left failed.
 * Anything else, or any doubt (no table yet, an error), is for `prisma migrate deploy` to handle.
 */
export async function migrationsApplied(url: string): Promise<boolean> {
  const dir = path.join(root, "prisma/migrations");
  const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const checksums = await Promise.all(
    names.map(async (name) =>
      createHash("sha256")
        .update(await readFile(path.join(dir, name, "migration.sql")))
        .digest("hex"),
    ),
  );
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ name: string; checksum: string; done: boolean }>(
      `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS done FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
    );
    if (rows.some((r) => !r.done)) return false;
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    return names.every((name, i) => applied.get(name) === checksums[i]);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function prepareDatabase(url: string): Promise<void> {
  if (!(await migrationsApplied(url))) await migrateDatabase(url);
  const db = createPrismaClient(url, 1);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}
