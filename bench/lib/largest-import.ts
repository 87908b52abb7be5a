/**
 * The largest import the limits allow, through HTTP as a signed-in user (`POST /api/documents`),
 * while `GET /api/health/live` is asked every 20 ms: how long the import takes, and how long the
 * server thread keeps other requests waiting meanwhile (issue 19).
 */
import { healthLatenciesDuring } from "../../tests/support/health-poll";
import { signUp } from "../../tests/support/http-user";
import { largestImport } from "../../tests/support/import-texts";
import { median, percentile } from "./stats";

export interface ImportRun {
  ms: number;
  healthP95Ms: number;
  healthMaxMs: number;
  /** The same health checks for 2 s just before, with no import running: the floor on this machine as loaded now. */
  idleHealthP95Ms: number;
}

/** `repeats` imports of `sentences` sentences a side, after one small import not counted (the text worker starts on first use). */
export async function timeLargestImports(base: string, { sentences, repeats }: { sentences: number; repeats: number }): Promise<ImportRun> {
  const user = await signUp(base, "Importer");
  const letter = largestImport(sentences);
  const warmUp = await user.send("POST", "/api/documents", { title: "Warm-up", en: "Hello there. Bye.", zh: "你好。再見。" });
  if (warmUp.status !== 201) throw new Error(`the warm-up import answered ${warmUp.status}: ${await warmUp.text()}`);
  const runs: ImportRun[] = [];
  for (let i = 0; i < repeats; i++) {
    const idle = await healthLatenciesDuring(base, new Promise((resolve) => setTimeout(resolve, 2_000)));
    const started = performance.now();
    const importing = user.send("POST", "/api/documents", letter).then(async (response) => {
      const ms = performance.now() - started;
      const body = await response.text();
      // A refusal is quick and would flatter both figures: such a run counts for nothing.
      if (response.status !== 201) throw new Error(`the import answered ${response.status}, not 201: ${body.slice(0, 300)}`);
      const { rows } = JSON.parse(body) as { rows: number };
      if (rows !== sentences) throw new Error(`the import stored ${rows} rows, not ${sentences}`);
      return ms;
    });
    const latencies = await healthLatenciesDuring(base, importing);
    const ms = await importing;
    const run = { ms, healthP95Ms: percentile(latencies, 95), healthMaxMs: Math.max(...latencies), idleHealthP95Ms: percentile(idle, 95) };
    runs.push(run);
    console.log(
      `[bench] import ${i + 1}: ${Math.round(ms)} ms; ${latencies.length} health checks, p95 ${run.healthP95Ms.toFixed(1)} ms, max ${run.healthMaxMs.toFixed(1)} ms (idle before: p95 ${run.idleHealthP95Ms.toFixed(1)} ms)`,
    );
  }
  return {
    ms: median(runs.map((r) => r.ms)),
    healthP95Ms: median(runs.map((r) => r.healthP95Ms)),
    healthMaxMs: median(runs.map((r) => r.healthMaxMs)),
    idleHealthP95Ms: median(runs.map((r) => r.idleHealthP95Ms)),
  };
}
