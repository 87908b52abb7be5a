/**
 * `npm start` on both database paths, as a user runs it: the embedded default (no DATABASE_URL)
 * and a server given by DATABASE_URL; and what a reader sees while the database is down.
 * Needs a build (`npm run build`); `npm test` builds before it runs this suite.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../scripts/bootstrap/embedded-database";
import { migrateDatabase, migrationsApplied, prepareDatabase } from "../../scripts/bootstrap/prepare-database";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { runAppExpectingExit, startApp } from "../support/app-process";
import { signUp } from "../support/http-user";
import { connectTestDatabase } from "../support/database";

const { url: suiteDatabaseUrl, db } = connectTestDatabase();
const folders: string[] = [];
const tempFolder = async () => {
  const folder = await mkdtemp(path.join(tmpdir(), "interleaf-start-"));
  folders.push(folder);
  return folder;
};
afterAll(async () => {
  await db.$disconnect();
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

const segmentIds = async (baseUrl: string) => {
  const response = await fetch(`${baseUrl}/api/documents/openai-letter-2023`);
  const body = (await response.json()) as { segments: { id: string }[] };
  return body.segments.map((s) => s.id);
};

const canConnect = async (port: number) => {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres", connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // A password error still means a server answered.
    return (error as { code?: string }).code === "28P01";
  } finally {
    await client.end().catch(() => {});
  }
};

describe("npm start with no DATABASE_URL (the embedded default)", () => {
  it("starts PostgreSQL in DATA_DIR, migrates, seeds and serves; a restart keeps the data and the ids", async () => {
    const dataDir = await tempFolder();
    const app = await startApp({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    const health = await fetch(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ db: "ok" });
    expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
    expect(existsSync(path.join(dataDir, "auth-secret"))).toBe(true); // generated: no configuration needed
    const ids = await segmentIds(app.baseUrl);
    expect(ids).toHaveLength(21);

    const port = Number(/127\.0\.0\.1:(\d+); applying/.exec(app.output())?.[1]);
    expect(await canConnect(port)).toBe(true);
    await app.stop();
    expect(await canConnect(port)).toBe(false); // stopping the app stopped its database

    const again = await startApp({ DATA_DIR: dataDir, DATABASE_URL: undefined });
    expect(await segmentIds(again.baseUrl)).toEqual(ids);
    await again.stop();
  });
});

describe("starting again on a database that is up to date", () => {
  it("skips the migration tool only when every migration is applied as written", async () => {
    const name = `interleaf_migrations_${Date.now()}`;
    const admin = new pg.Client({ connectionString: suiteDatabaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = Object.assign(new URL(suiteDatabaseUrl), { pathname: `/${name}` }).toString();
    try {
      expect(await migrationsApplied(url)).toBe(false); // a new database: no migration table yet
      await migrateDatabase(url);
      expect(await migrationsApplied(url)).toBe(true);
      // A migration whose file changed since it was applied is for the tool to report, not to skip.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(
        `UPDATE _prisma_migrations SET checksum = 'changed' WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
      );
      expect(await migrationsApplied(url)).toBe(false);
      // And one not applied at all.
      await client.query(`DELETE FROM _prisma_migrations WHERE checksum = 'changed'`);
      expect(await migrationsApplied(url)).toBe(false);
      await client.end();
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});

describe("npm start with DATABASE_URL", () => {
  it("uses that server, starts no database and honours PORT", async () => {
    const dataDir = path.join(await tempFolder(), "unused");
    const app = await startApp({ DATABASE_URL: suiteDatabaseUrl, DATA_DIR: dataDir, NEXTAUTH_SECRET: "test-secret-for-this-run" });
    expect(app.baseUrl).toMatch(/:\d+$/);
    expect(await (await fetch(`${app.baseUrl}/api/health`)).json()).toEqual({ db: "ok" });
    expect(await segmentIds(app.baseUrl)).toHaveLength(21);
    expect(existsSync(dataDir)).toBe(false);
    expect(app.output()).not.toContain("starting the embedded PostgreSQL");
    await app.stop();
  });

  it("refuses to start without NEXTAUTH_SECRET, saying how to set one", async () => {
    const { code, output } = await runAppExpectingExit({ DATABASE_URL: suiteDatabaseUrl });
    expect(code).not.toBe(0);
    expect(output).toContain("NEXTAUTH_SECRET is not set");
    expect(output).not.toMatch(/^[ \t]+at /m); // a message, not a stack trace
  });

  it("answers 503 with a message while the database is down, shows readers a clear page, and recovers by itself", async () => {
    const databaseDir = await tempFolder();
    const database = await startEmbeddedDatabase({ dataDir: databaseDir });
    await prepareDatabase(database.url);
    const app = await startApp({ DATABASE_URL: database.url, NEXTAUTH_SECRET: "test-secret-for-this-run" });
    expect((await fetch(`${app.baseUrl}/api/health`)).status).toBe(200);
    const writer = await signUp(app.baseUrl, "Writer");
    const s01 = letterSegments.find((s) => s.key === "s01")!.text;
    const write = () =>
      writer.fetch("/api/annotations", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          document: "openai-letter-2023",
          target: { segmentId: "openai-letter-2023-s01", language: "en", selector: describeSpan(s01, 0, 6) },
          visibility: "private",
        }),
      });

    // The database stops under load: writes in flight and after answer 503 with a message, never 500.
    const inFlight = Array.from({ length: 20 }, () => write());
    await database.stop();
    const during = await Promise.all([...inFlight, ...Array.from({ length: 10 }, () => write())]);
    expect(
      during.map((r) => r.status).filter((s) => s !== 201 && s !== 503),
      app.output(),
    ).toEqual([]);
    const refused = during.find((r) => r.status === 503);
    expect(refused).toBeDefined();
    expect((await refused!.json()).error).toMatch(/not reachable/);
    const down = await fetch(`${app.baseUrl}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ db: "unavailable", error: expect.stringMatching(/database/i) });

    const api = await fetch(`${app.baseUrl}/api/documents`);
    expect(api.status).toBe(503);
    expect((await api.json()).error).toMatch(/not reachable/);

    const home = await (await fetch(`${app.baseUrl}/`)).text();
    expect(home).toContain("could not be loaded"); // rendered on the server: readable without JavaScript
    // The letter is static: a copy rendered before the outage is still served whole; without one the
    // page fails with an error status (never an error page cached as if it were the text).
    const reader = await fetch(`${app.baseUrl}/documents/openai-letter-2023`);
    const readerHtml = await reader.text();
    if (reader.status === 200) expect(readerHtml).toContain("OpenAI is the world’s leading AI company.");
    else expect(reader.status).toBeGreaterThanOrEqual(500);
    const stackTrace = /at .*\.(js|ts):\d+|node_modules/;
    expect(home).not.toMatch(stackTrace);
    expect(readerHtml).not.toMatch(stackTrace);

    const restarted = await startEmbeddedDatabase({ dataDir: databaseDir, port: database.port });
    const deadline = Date.now() + 20_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${app.baseUrl}/api/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await fetch(`${app.baseUrl}/api/documents`)).status).toBe(200);
    expect((await write()).status).toBe(201); // writes work again without a restart
    await app.stop();
    await restarted.stop();
  });
});
