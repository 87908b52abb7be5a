/**
 * Brings a database up to date: applies pending migrations with the Prisma CLI
 * (`prisma migrate deploy`), then runs the idempotent seed.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
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

export async function prepareDatabase(url: string): Promise<void> {
  await migrateDatabase(url);
  const db = createPrismaClient(url, 1);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
}
