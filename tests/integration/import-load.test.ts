/**
 * Imports against the real server (`npm start`): the largest import allowed runs while health
 * checks keep answering at once; counts far apart are refused at once; imports per user per hour
 * are limited (issue 14, finding 2).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_TEXT } from "../../lib/validation/document-import";
import { MAX_IMPORT_SENTENCES } from "../../lib/validation/import-limits";
import { startApp, type AppProcess } from "../support/app-process";
import { signUp } from "../support/http-user";
import { connectTestDatabase } from "../support/database";
import { healthLatenciesDuring } from "../support/health-poll";
import { joinSentences as join, largestImport } from "../support/import-texts";

const { url, db } = connectTestDatabase();
const IMPORTS_PER_HOUR = 3;
/** Generous for a loaded two-core machine; a blocked server answers in seconds. */
const HEALTH_BUDGET_MS = 500;

let app: AppProcess;
beforeAll(async () => {
  app = await startApp({
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "import-load-test-secret-0123456789abcdef",
    IMPORTS_PER_HOUR: String(IMPORTS_PER_HOUR),
  });
});
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

const largest = largestImport();

describe("importing under load", () => {
  it("keeps /api/health/live answering quickly while the largest allowed import runs", { timeout: 120_000 }, async () => {
    const user = await signUp(app.baseUrl, "Largest");
    expect(Math.max(largest.en.length, largest.zh.length)).toBeLessThanOrEqual(MAX_IMPORT_TEXT);
    // A small import first: the text worker's start-up is not what this measures.
    expect((await user.send("POST", "/api/documents", { title: "Warm-up", en: "Hello there. Bye.", zh: "你好。再見。" })).status).toBe(201);

    // The floor: the same checks with nothing else running.
    const idle = await healthLatenciesDuring(app.baseUrl, new Promise((r) => setTimeout(r, 1_000)));
    console.log(`[import-load] health while idle: max ${Math.max(...idle).toFixed(1)} ms`);

    const started = performance.now();
    const importing = user.send("POST", "/api/documents", largest);
    const latencies = await healthLatenciesDuring(app.baseUrl, importing);
    const response = await importing;
    const took = performance.now() - started;
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ rows: MAX_IMPORT_SENTENCES });

    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `[import-load] largest allowed import (${MAX_IMPORT_SENTENCES} + ${MAX_IMPORT_SENTENCES} sentences, ${largest.en.length} + ${largest.zh.length} characters): ${Math.round(took)} ms; ` +
        `${latencies.length} health checks during it: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThan(3);
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BUDGET_MS);
  });

  it("refuses 1,500 English and 10,000 Chinese sentences quickly with 422, naming the limit", { timeout: 60_000 }, async () => {
    const user = await signUp(app.baseUrl, "Mismatch");
    const body = { title: "Mismatch", en: join(1_500, () => "Go on.", " "), zh: join(10_000, () => "是。", "") };
    expect(body.en.length + body.zh.length).toBeLessThan(32 * 1024);
    const started = performance.now();
    const importing = user.send("POST", "/api/documents", body);
    const latencies = await healthLatenciesDuring(app.baseUrl, importing);
    const response = await importing;
    const took = performance.now() - started;
    console.log(
      `[import-load] 1,500 / 10,000 sentences refused in ${Math.round(took)} ms; health max ${Math.max(0, ...latencies).toFixed(1)} ms`,
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "The Chinese text has 10,000 sentences; the limit is 5,000 per text. Split it into several documents.",
      code: "too_many_sentences",
      side: "zh",
      count: 10_000,
      max: 5_000,
    });
    expect(took).toBeLessThan(3_000);
    expect(Math.max(0, ...latencies)).toBeLessThan(HEALTH_BUDGET_MS);

    const apart = await user.send("POST", "/api/documents", {
      title: "Apart",
      en: join(100, (i) => `Line ${i}.`, " "),
      zh: join(400, () => "是。", ""),
    });
    expect(apart.status).toBe(422);
    expect(await apart.json()).toMatchObject({
      code: "sentence_counts_differ",
      error: expect.stringContaining("at most 3 times as many sentences"),
    });
  });

  it(
    `lets a user import IMPORTS_PER_HOUR (${IMPORTS_PER_HOUR}) times an hour, then answers 429 with Retry-After; others go on`,
    { timeout: 60_000 },
    async () => {
      const [busy, other] = await Promise.all([signUp(app.baseUrl, "Busy"), signUp(app.baseUrl, "Other")]);
      const letter = { title: "Letter", en: "Hello there. Bye.", zh: "你好。再見。" };
      for (let i = 0; i < IMPORTS_PER_HOUR; i++) expect((await busy.send("POST", "/api/documents", letter)).status).toBe(201);
      const refused = await busy.send("POST", "/api/documents", letter);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({
        code: "rate_limited",
        error: expect.stringMatching(/imported 3 documents in the last hour/),
      });
      // Invalid bodies are refused before the limit and do not count; other users are not affected.
      expect((await busy.send("POST", "/api/documents", { title: "", en: "x", zh: "y" })).status).toBe(400);
      expect((await other.send("POST", "/api/documents", letter)).status).toBe(201);
    },
  );
});
