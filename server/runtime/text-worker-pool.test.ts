import { afterEach, describe, expect, it } from "vitest";
import { TextWorkerPool } from "./text-worker-pool";

const letter = (count: number) => ({
  en: Array.from({ length: count }, (_, i) => `Sentence ${i} says the board met again.`).join(" "),
  zh: Array.from({ length: count }, (_, i) => `第${i}句說董事會再次開會。`).join(""),
});

let pool: TextWorkerPool | undefined;
afterEach(() => pool?.close());

describe("TextWorkerPool", () => {
  it("aligns an import in a worker while this thread stays free", { timeout: 60_000 }, async () => {
    pool = new TextWorkerPool({ workers: 1, maxQueued: 1, timeoutMs: 50_000 });
    await pool.run("alignImport", { en: "Hi.", zh: "你好。" }); // the worker's start-up (tsx) is not the point here
    let longestGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      longestGap = Math.max(longestGap, performance.now() - last);
      last = performance.now();
    }, 5);
    const started = performance.now();
    const result = await pool.run("alignImport", letter(4_000));
    const took = performance.now() - started;
    clearInterval(ticker);
    expect("rows" in result && result.rows).toHaveLength(4_000);
    // The alignment took a good while; the event loop never waited for it.
    expect(took).toBeGreaterThan(200);
    expect(longestGap).toBeLessThan(100);
  });

  it("stops a job at its time limit with 503 text_work_timeout, and runs the next job on a fresh worker", { timeout: 60_000 }, async () => {
    pool = new TextWorkerPool({ workers: 1, maxQueued: 1, timeoutMs: 30_000 });
    await pool.run("alignImport", { en: "Hi.", zh: "你好。" });
    const started = performance.now();
    await expect(pool.run("alignImport", letter(5_000), 200)).rejects.toMatchObject({
      status: 503,
      details: { code: "text_work_timeout", retryAfterSeconds: 60 },
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(pool.load).toEqual({ running: 0, queued: 0, workers: 0 });
    await expect(
      pool.run("reanchorAll", {
        selectors: [{ exact: "board", prefix: "The ", suffix: " met", start: 4, end: 9 }],
        text: "Then the board met.",
      }),
    ).resolves.toMatchObject([{ status: "moved", selector: { exact: "board", start: 9, end: 14 } }]);
  });

  it("refuses at once, 503 text_work_busy, when its workers and queue are full: no unbounded queue", { timeout: 60_000 }, async () => {
    pool = new TextWorkerPool({ workers: 1, maxQueued: 1, timeoutMs: 30_000 });
    const running = pool.run("alignImport", letter(2_000));
    const queued = pool.run("alignImport", { en: "Hi.", zh: "你好。" });
    await expect(pool.run("alignImport", { en: "Hi.", zh: "你好。" })).rejects.toMatchObject({
      status: 503,
      details: { code: "text_work_busy" },
    });
    expect(pool.load).toMatchObject({ running: 1, queued: 1 });
    await expect(running).resolves.toHaveProperty("rows");
    await expect(queued).resolves.toHaveProperty("rows");
  });
});
