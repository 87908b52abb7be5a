/**
 * Functions defined from TypeScript (server/sql-function.ts): defined once however many callers
 * arrive together, named by their definition, defined again when the database lost them under a
 * running process, and a lock taken inside is held until the call's own commit.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { callSqlFunction, sqlFunction } from "../../server/sql-function";
import { connectTestDatabase } from "../support/database";

const { url, db } = connectTestDatabase();
afterAll(() => db.$disconnect());

// A fresh body each run, so the name is new to the database too.
const tag = randomUUID().slice(0, 8);
const doubled = sqlFunction(
  "interleaf_test_doubled",
  "x int",
  "TABLE (doubled int, tag text)",
  `RETURN QUERY SELECT $1 * 2, '${tag}'::text;`,
);

describe("a function defined from TypeScript", () => {
  it("is defined once when many callers arrive together, and answers each", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => callSqlFunction<{ doubled: number }>(doubled, [i])));
    expect(answers.map((rows) => rows[0]!.doubled)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
    const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`SELECT count(*) FROM pg_proc WHERE proname = ${doubled.name}`;
    expect(Number(count)).toBe(1);
  });

  it("is named by its definition: another body is another function", () => {
    const other = sqlFunction(
      "interleaf_test_doubled",
      "x int",
      "TABLE (doubled int, tag text)",
      `RETURN QUERY SELECT $1 * 3, '${tag}'::text;`,
    );
    expect(other.name).not.toBe(doubled.name);
    expect(other.name.startsWith("interleaf_test_doubled_")).toBe(true);
  });

  it("is defined again when it went missing under a running process", async () => {
    await callSqlFunction(doubled, [1]);
    await db.$executeRawUnsafe(`DROP FUNCTION ${doubled.name}(int)`);
    const rows = await callSqlFunction<{ doubled: number; tag: string }>(doubled, [21]);
    expect(rows).toEqual([{ doubled: 42, tag }]);
  });

  it("holds a transaction lock taken inside until its own commit, and no longer", async () => {
    const key = `interleaf-test-${tag}`;
    const holdsLock = sqlFunction(
      "interleaf_test_holds_lock",
      "lock_key text, hold_seconds float8",
      "TABLE (done boolean)",
      `PERFORM pg_advisory_xact_lock(hashtext($1));
PERFORM pg_sleep($2);
RETURN QUERY SELECT true;`,
    );
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      const call = callSqlFunction(holdsLock, [key, 1]);
      // Sleeping inside the call means the lock before the sleep is taken.
      await expect
        .poll(
          async () =>
            (
              await other.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND query LIKE $1", [
                `%${holdsLock.name}%`,
              ])
            ).rows[0].n,
          { timeout: 10_000 },
        )
        .toBe(1);
      const during = await other.query("SELECT pg_try_advisory_lock(hashtext($1)) AS got", [key]);
      expect(during.rows[0].got).toBe(false);
      await call;
      const after = await other.query("SELECT pg_try_advisory_lock(hashtext($1)) AS got", [key]);
      expect(after.rows[0].got).toBe(true);
    } finally {
      await other.end();
    }
  });
});
