/**
 * `npm run backup` and `npm run restore` round-trip the whole database: every row of every table
 * comes back identical, identity sequences continue after the restored rows, and a restore never
 * overwrites a database that holds data.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { ensureDatabase } from "../../scripts/bootstrap/embedded-database";
import { tablesInDependencyOrder, quoteIdent } from "../../scripts/bootstrap/backup/table-order";
import { createUser, englishTarget, note } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { url, db } = connectTestDatabase();
const root = path.resolve(import.meta.dirname, "../..");
const folders: string[] = [];
afterAll(async () => {
  await db.$disconnect();
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

const run = (script: string, args: string[], databaseUrl: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });

async function fingerprints(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result: Record<string, string> = {};
    for (const table of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query<{ n: string; md5: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text), '')) AS md5 FROM ${quoteIdent(table)} t`,
      );
      result[table] = `${rows[0]!.n}:${rows[0]!.md5}`;
    }
    return result;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("round-trips every table, and refuses to restore over data", async () => {
    const user = await createUser(db, "Backup");
    const created = await createAnnotation({
      userId: user.id,
      input: createAnnotationSchema.parse({
        document: "openai-letter-2023",
        target: englishTarget("s17", "judgement"),
        body: note("Judgement, 判斷力 — «quoted» 👩🏽‍💻"),
        tags: ["spelling", "英式"],
        visibility: "public",
      }),
    });
    await createReply({ userId: user.id, annotationId: (created.body as { id: string }).id, body: note("A reply") });
    await db.signInFailure.create({ data: { email: user.email, ip: "203.0.113.9" } });

    const folder = await mkdtemp(path.join(tmpdir(), "interleaf-backup-"));
    folders.push(folder);
    const file = path.join(folder, "backup.jsonl.gz");
    const backup = run("scripts/backup.ts", [file], url);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/Wrote .* rows in \d+ tables/);

    const target = url.replace(/\/[^/]+$/, `/restored_${Date.now()}`);
    await ensureDatabase(url.replace(/\/[^/]+$/, "/postgres"), new URL(target).pathname.slice(1));
    const restore = run("scripts/restore.ts", [file], target);
    expect(restore.status, restore.stderr).toBe(0);

    expect(await fingerprints(target)).toEqual(await fingerprints(url));

    const again = run("scripts/restore.ts", [file], target);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain("already holds data");

    // Identity columns continue after the restored rows.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query<{ id: string; max: string }>(
      `INSERT INTO "SignInFailure" (email, ip) VALUES ('x@example.test', '198.51.100.1') RETURNING id::text, (SELECT max(id) FROM "SignInFailure")::text AS max`,
    );
    await client.end();
    expect(BigInt(rows[0]!.id)).toBeGreaterThanOrEqual(BigInt(rows[0]!.max));
  }, 120_000);

  it("refuses a file that is not a backup", async () => {
    const restore = run("scripts/restore.ts", [path.join(root, "package.json")], url);
    expect(restore.status).not.toBe(0);
    expect(restore.stderr).toMatch(/Restore failed/);
  });
});
