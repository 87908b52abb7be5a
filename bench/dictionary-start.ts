/**
 * The dictionary card's index at server start: what the first lookup costs and what other
 * requests wait meanwhile. Run as `node --conditions=react-server --import tsx bench/dictionary-start.ts`
 * (the condition lets `server-only` modules load outside Next) on a quiet machine.
 *
 * - "request thread" builds the index as lookups did before (on the first lookup, on the thread
 *   that answers requests), timing that lookup;
 * - "worker" starts the build in its worker as the server does at start (instrumentation.ts), then
 *   sends the first lookup at once, while the build is still running (the worst case), and 200
 *   lookups once it is built.
 * In both, a 5 ms timer samples this thread's event-loop delay: what a request such as
 * /api/health/live waits on top of its own time.
 * - "http" (`npx tsx bench/dictionary-start.ts http`, after `npm run build`) starts the app as a
 *   user does and, as soon as /api/health answers, sends the first GET /api/dictionary while
 *   polling /api/health/live every 20 ms until a second after it answered.
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { startApp } from "../tests/support/app-process";
import { cedictPath } from "../lib/alignment/cedict-file";
import { DictionaryIndex } from "../lib/dictionary/lookup";
import { lookupWord, startDictionary } from "../server/data/dictionary/lookup-word";
import { percentile, round } from "./lib/stats";

function sampleDelays() {
  const delays: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - 5));
    last = now;
  }, 5);
  return () => {
    clearInterval(timer);
    return { loopDelayP95Ms: round(percentile(delays, 95)), loopDelayMaxMs: round(Math.max(0, ...delays)) };
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const WORDS = ["董事會", "监督", "oversee", "board", "competence", "世界領先", "decision", "行為", "trust", "安全"];

async function requestThread() {
  await pause(200);
  const stop = sampleDelays();
  await pause(50);
  const start = performance.now();
  // What server/data/dictionary/lookup-word.ts did before: build on the first lookup, here.
  const index = new DictionaryIndex(readFileSync(cedictPath(), "utf8"));
  index.lookup("決定");
  const firstLookupMs = round(performance.now() - start);
  await pause(50);
  return { mode: "request thread", firstLookupMs, ...stop() };
}

async function worker() {
  await pause(200);
  const stop = sampleDelays();
  await pause(50);
  const start = performance.now();
  startDictionary();
  await lookupWord({ q: "決定" });
  const firstLookupMs = round(performance.now() - start);
  await pause(50);
  const delays = stop();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await lookupWord({ q: WORDS[i % WORDS.length]! });
    times.push(performance.now() - t);
  }
  return {
    mode: "worker",
    firstLookupMs,
    ...delays,
    warmLookupP50Ms: round(percentile(times, 50), 2),
    warmLookupP95Ms: round(percentile(times, 95), 2),
  };
}

async function overHttp() {
  const app = await startApp({ DATA_DIR: ".data/bench-dictionary", DATABASE_URL: undefined });
  try {
    const health: number[] = [];
    let done = false;
    const poll = (async () => {
      while (!done) {
        const t = performance.now();
        await (await fetch(`${app.baseUrl}/api/health/live`)).arrayBuffer();
        health.push(performance.now() - t);
        await pause(20);
      }
    })();
    const start = performance.now();
    const response = await fetch(`${app.baseUrl}/api/dictionary?q=${encodeURIComponent("決定")}`);
    await response.arrayBuffer();
    const firstLookupMs = round(performance.now() - start);
    await pause(1000);
    done = true;
    await poll;
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await (await fetch(`${app.baseUrl}/api/dictionary?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}`)).arrayBuffer();
      times.push(performance.now() - t);
    }
    return {
      mode: "http",
      status: response.status,
      firstLookupMs,
      healthChecks: health.length,
      healthP50Ms: round(percentile(health, 50)),
      healthP95Ms: round(percentile(health, 95)),
      healthMaxMs: round(Math.max(...health)),
      warmLookupP50Ms: round(percentile(times, 50), 2),
      warmLookupP95Ms: round(percentile(times, 95), 2),
    };
  } finally {
    await app.stop();
  }
}

const mode = process.argv[2];
console.log(JSON.stringify(mode === "worker" ? await worker() : mode === "http" ? await overHttp() : await requestThread()));
process.exit(0);
