// A worker thread that runs the text jobs of lib/anchoring/text-jobs.ts (aligning an import,
// re-anchoring notes) so the request thread stays free. Plain JavaScript on purpose: Next bundles
// server code, but this file is loaded by path at run time (server/runtime/text-worker-pool.ts),
// and it loads the TypeScript jobs through tsx's require hook (tsx is a dependency: `npm start`
// runs on it), so the jobs are the same code the tests import.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const root = workerData.root;
const requireFromApp = createRequire(path.join(root, "package.json"));
const tsx = requireFromApp("tsx/cjs/api");
const { textJobs } = tsx.require(path.join(root, "lib/anchoring/text-jobs.ts"), path.join(root, "package.json"));

parentPort.on("message", ({ id, name, input }) => {
  try {
    const job = textJobs[name];
    if (typeof job !== "function") throw new Error(`No text job named ${name}.`);
    parentPort.postMessage({ id, ok: true, result: job(input) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) });
  }
});
parentPort.postMessage({ ready: true });
