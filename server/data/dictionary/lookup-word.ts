import "server-only";
/**
 * The dictionary card's lookups (GET /api/dictionary). The index over CC-CEDICT takes about 1.7 s
 * and 70 MB of heap to build (lib/dictionary/dictionary-file.ts), so it lives in a worker thread of
 * its own, started with the server (instrumentation.ts): the request thread never builds it, and
 * a lookup is a message to that worker and a few map reads there. Its own worker, not the text
 * workers': a lookup must not wait behind an import's alignment. Public data: no user, no database.
 */
import type { LookupResult } from "@/lib/dictionary/lookup";
import type { WordReading } from "@/lib/dictionary/readings";
import { busyError, TextWorkerPool, textWorkConfig } from "../../runtime/text-worker-pool";

/** Building the index on a machine busy with builds has taken 25 s; it is not stopped before this. */
const BUILD_TIMEOUT_MS = 120_000;
/** Lookups waiting for the index or the worker, beyond which one is refused at once (503 `text_work_busy`). */
const MAX_WAITING = 200;

interface Dictionary {
  pool: TextWorkerPool;
  /** Settles when the index is built; a failed build is started again by the next lookup. */
  ready: Promise<unknown>;
  waiting: number;
}

// One worker per process, even when Next loads this module once per route bundle.
const globalDictionary = globalThis as typeof globalThis & { interleafDictionary?: Dictionary };

function dictionary(): Dictionary {
  const current = globalDictionary.interleafDictionary;
  if (current) return current;
  const pool = new TextWorkerPool({ workers: 1, maxQueued: MAX_WAITING, timeoutMs: textWorkConfig().timeoutMs });
  const created: Dictionary = { pool, ready: pool.run("loadDictionary", undefined, BUILD_TIMEOUT_MS), waiting: 0 };
  created.ready.catch((error: unknown) => {
    console.error("[interleaf] Building the dictionary index failed; the next lookup builds it again:", error);
    if (globalDictionary.interleafDictionary === created) globalDictionary.interleafDictionary = undefined;
    void pool.close();
  });
  globalDictionary.interleafDictionary = created;
  return created;
}

/** Starts building the index in its worker (at server start), so the first lookup does not wait for it. */
export function startDictionary(): void {
  dictionary();
}

/** Runs one dictionary job in the dictionary's worker, once its index is built. */
async function inDictionary<R>(run: (pool: TextWorkerPool) => Promise<R>): Promise<R> {
  const entry = dictionary();
  if (entry.waiting >= MAX_WAITING) throw busyError();
  entry.waiting++;
  try {
    // A job that arrives while the index builds waits for it (up to BUILD_TIMEOUT_MS), then has
    // the usual time of a text job.
    await entry.ready;
    return await run(entry.pool);
  } finally {
    entry.waiting--;
  }
}

export function lookupWord({ q }: { q: string }): Promise<LookupResult> {
  return inDictionary((pool) => pool.run("lookupWord", { q }));
}

/** Each text's words with their pinyin and 注音, for ruby (get-readings.ts). */
export function readWords(texts: string[]): Promise<WordReading[][]> {
  return inDictionary((pool) => pool.run("readWords", { texts }));
}
