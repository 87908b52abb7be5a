/**
 * Runs the CPU-heavy text jobs (lib/anchoring/text-jobs.ts) in worker threads, so a long alignment
 * never holds up the requests the server thread is answering (health checks, readers).
 *
 * - At most TEXT_WORKERS jobs run at once (default: one less than the cores, at least 1, at most 4);
 * - at most QUEUE_PER_WORKER × TEXT_WORKERS more wait; beyond that a job is refused at once (503,
 *   code `text_work_busy`): no unbounded queue;
 * - every job has TEXT_WORK_TIMEOUT_MS (default 20 s) from the moment it is submitted, waiting
 *   included. A job still running then has its worker terminated (which stops it mid-loop) and is
 *   answered 503, code `text_work_timeout`; a fresh worker takes the next job.
 *
 * The worker is a plain .mjs file loaded by path from the app's root (process.cwd(): `npm start`,
 * the tests and `next start` all run there), because Next bundles server code and a bundled path
 * would not exist at run time (checked under `npm run build` + `npm start` by
 * tests/integration/import-load.test.ts). Workers start on first use and then stay, unreferenced, so they never
 * keep a process alive.
 */
import "server-only";
import os from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import type { TextJobName, TextJobs } from "@/lib/anchoring/text-jobs";
import { HttpError } from "../http/errors";
import { positiveInteger } from "@/lib/positive-integer";

export const QUEUE_PER_WORKER = 4;
/** A worker's heap limit: the largest import needs well under 100 MB. */
const WORKER_HEAP_MB = 512;

export function textWorkConfig() {
  const workers = positiveInteger(process.env.TEXT_WORKERS) ?? Math.min(4, Math.max(1, os.availableParallelism() - 1));
  return { workers, maxQueued: workers * QUEUE_PER_WORKER, timeoutMs: positiveInteger(process.env.TEXT_WORK_TIMEOUT_MS) ?? 20_000 };
}

type Input<N extends TextJobName> = Parameters<TextJobs[N]>[0];
type Output<N extends TextJobName> = ReturnType<TextJobs[N]>;

interface Job {
  id: number;
  name: TextJobName;
  input: unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export const busyError = () =>
  new HttpError(503, "The server is busy with other imports and edits right now. Try again in a minute.", {
    code: "text_work_busy",
    retryAfterSeconds: 30,
  });
export const timeoutError = (seconds: number) =>
  new HttpError(
    503,
    `This took longer than ${seconds} seconds and was stopped; the server may be busy. Try again in a minute, or split the text into smaller documents.`,
    {
      code: "text_work_timeout",
      retryAfterSeconds: 60,
    },
  );

export class TextWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly options: { workers: number; maxQueued: number; timeoutMs: number; root?: string }) {}

  /** Runs job `name` on `input` in a worker; rejects with a 503 HttpError when busy or too slow. */
  run<N extends TextJobName>(name: N, input: Input<N>, timeoutMs = this.options.timeoutMs): Promise<Output<N>> {
    return new Promise((resolve, reject) => {
      const slot = this.freeSlot();
      if (!slot && this.queue.length >= this.options.maxQueued) return reject(busyError());
      const job: Job = {
        id: this.nextId++,
        name,
        input,
        resolve: resolve as (value: unknown) => void,
        reject,
        timer: setTimeout(() => this.expire(job, timeoutMs), timeoutMs),
      };
      if (slot) this.start(slot, job);
      else this.queue.push(job);
    });
  }

  /** Jobs running and waiting (for tests and diagnostics). */
  get load() {
    return { running: this.slots.filter((s) => s.job).length, queued: this.queue.length, workers: this.slots.length };
  }

  /** Stops every worker; running and queued jobs are rejected. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) this.finish(job, new Error("The text worker pool was closed."));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.job) this.finish(slot.job, new Error("The text worker pool was closed."));
        return slot.worker.terminate();
      }),
    );
  }

  private freeSlot(): Slot | undefined {
    return this.slots.find((s) => !s.job) ?? (this.slots.length < this.options.workers ? this.spawn() : undefined);
  }

  private spawn(): Slot {
    const root = this.options.root ?? process.cwd();
    // Taken from the process, not imported: the bundler rewrites `new Worker(…)` of an imported
    // worker_threads into a lookup of a bundled module, and this worker is a file on disk.
    const { Worker: WorkerThread } = process.getBuiltinModule("node:worker_threads");
    const worker = new WorkerThread(path.join(root, "server/workers/text-worker.mjs"), {
      workerData: { root },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on("message", (message: { id?: number; ok?: boolean; result?: unknown; error?: string }) => {
      const job = slot.job;
      if (!job || message.id !== job.id) return;
      slot.job = null;
      this.finish(job, message.ok ? undefined : new Error(`Text job ${job.name} failed: ${message.error}`), message.result);
      this.startNext(slot);
    });
    const lost = (error: unknown) => {
      if (!this.drop(slot)) return;
      if (slot.job) this.finish(slot.job, error instanceof Error ? error : new Error(`The text worker stopped (${String(error)}).`));
      this.startNext();
    };
    worker.on("error", lost);
    worker.on("exit", (code) => lost(new Error(`The text worker exited with code ${code}.`)));
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job) {
    slot.job = job;
    slot.worker.postMessage({ id: job.id, name: job.name, input: job.input });
  }

  private startNext(slot?: Slot) {
    const job = this.queue.shift();
    if (!job) return;
    const free = slot && this.slots.includes(slot) ? slot : this.freeSlot();
    if (free) this.start(free, job);
    else this.queue.unshift(job);
  }

  /** The job's time is up: waiting, it leaves the queue; running, its worker is stopped. */
  private expire(job: Job, timeoutMs: number) {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const slot = this.slots.find((s) => s.job === job);
    if (slot) {
      this.drop(slot);
      void slot.worker.terminate();
    }
    this.finish(job, timeoutError(Math.max(1, Math.round(timeoutMs / 1000))));
    if (slot) this.startNext();
  }

  private drop(slot: Slot): boolean {
    const at = this.slots.indexOf(slot);
    if (at < 0) return false;
    this.slots.splice(at, 1);
    return true;
  }

  private finish(job: Job, error: unknown, result?: unknown) {
    clearTimeout(job.timer);
    if (error) job.reject(error);
    else job.resolve(result);
  }
}

// One pool per process, even when Next loads this module once per route bundle.
const globalPool = globalThis as typeof globalThis & { interleafTextWorkers?: TextWorkerPool };

/** Runs a text job in the process's worker pool (see the top of this file). */
export function runTextJob<N extends TextJobName>(name: N, input: Input<N>): Promise<Output<N>> {
  globalPool.interleafTextWorkers ??= new TextWorkerPool(textWorkConfig());
  return globalPool.interleafTextWorkers.run(name, input);
}
