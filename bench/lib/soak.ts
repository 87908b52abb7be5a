/**
 * The soak (`npm run bench -- --soak`, issue 19): the class load for ten minutes while readers hold
 * the letter's event stream, and the app's memory after the first minute against at the end. The
 * memory is the resident set (VmRSS) of the `next start` server process and of any process it
 * started: the text workers are its threads, so they are in its figure.
 */
import { readdirSync, readFileSync } from "node:fs";
import { openEventReaders } from "./event-readers";
import type { LoadResult } from "./http-load";
import { median } from "./stats";

/** Processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command in parentheses may hold spaces and parentheses: the fields start after its last ")".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/**
 * The Next server under `npm start`'s script (scripts/start.ts spawns `next start`, whose process
 * calls itself "next-server"; the embedded PostgreSQL is the script's other child).
 */
export function nextServerPid(startPid: number): number {
  const server = childrenOf(startPid).find((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next"));
  if (!server) throw new Error(`no Next server process under ${startPid}`);
  return server;
}

/** VmRSS of `pid` and its descendants, in MB. */
export function rssMb(pid: number): number {
  const own = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  return own + childrenOf(pid).reduce((sum, child) => sum + rssMb(child), 0);
}

export interface SoakResult {
  /** Median of the samples over the window ending at the first minute, and over the last window. */
  rssFirstMinuteMb: number;
  rssLastMb: number;
  rssGrowthMb: number;
  load: LoadResult;
}

/**
 * Runs `load` for `seconds` with `readers` holding the event stream at `eventsUrl`, sampling the
 * server's memory every `sampleMs`; compares the window of `windowSeconds` ending at `firstSeconds`
 * with the last one.
 */
export async function soak(options: {
  serverPid: number;
  load: (seconds: number) => Promise<LoadResult>;
  eventsUrl: string;
  readers: number;
  seconds: number;
  firstSeconds: number;
  windowSeconds?: number;
  sampleMs?: number;
  say: (line: string) => void;
}): Promise<SoakResult> {
  const { serverPid, seconds, firstSeconds, windowSeconds = 15, sampleMs = 1_000, say } = options;
  const samples: { at: number; mb: number }[] = [];
  const started = performance.now();
  const sample = () => samples.push({ at: (performance.now() - started) / 1000, mb: rssMb(serverPid) });
  sample();
  const sampler = setInterval(sample, sampleMs);
  let minute = 0;
  const progress = setInterval(() => say(`soak: ${++minute} min, server RSS ${samples.at(-1)!.mb.toFixed(1)} MB`), 60_000);
  const readers = await openEventReaders(options.eventsUrl, options.readers);
  let load: LoadResult;
  try {
    load = await options.load(seconds);
    sample();
  } finally {
    clearInterval(sampler);
    clearInterval(progress);
    readers.close();
  }
  const windowMb = (end: number) => median(samples.filter((s) => s.at > end - windowSeconds && s.at <= end).map((s) => s.mb));
  const rssFirstMinuteMb = windowMb(firstSeconds);
  const rssLastMb = windowMb(samples.at(-1)!.at);
  return { rssFirstMinuteMb, rssLastMb, rssGrowthMb: rssLastMb - rssFirstMinuteMb, load };
}
