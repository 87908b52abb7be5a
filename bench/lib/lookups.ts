/**
 * Readers looking things up while the class writes (issue 15): word links, dictionary cards and
 * concordance searches. Each reader is one client sending a lookup every `1 / ratePerReader`
 * seconds (the next one waits for the answer if it is late), starting at a random moment of the
 * first second, cycling through the lookups from its own place in the list. Every answer must be
 * 2xx: a refusal is fast and would flatter the figure.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { letterSegments, letterVersions, segmentId } from "../../prisma/seed/openai-letter";
import { percentile } from "./stats";

export interface Lookup {
  /** The figure the lookup counts towards, e.g. "dictionary". */
  kind: string;
  url: string;
}

export interface LookupFigures {
  p50Ms: number;
  p95Ms: number;
  count: number;
}

/**
 * What readers of the letter look up: the word links of every sentence in both project
 * translations, dictionary cards for English and Chinese words (both scripts), and concordance
 * searches for terms that occur once and terms that occur everywhere; and, for scale, the
 * framework's floor.
 */
export function letterLookups(base: string): Lookup[] {
  const slug = "openai-letter-2023";
  const wordLinks = letterVersions.slice(0, 2).flatMap((version) =>
    letterSegments.map((s) => ({
      kind: "wordAlignment",
      url: `${base}/api/segments/${encodeURIComponent(segmentId(s.key))}/word-alignment?version=${encodeURIComponent(version.id)}`,
    })),
  );
  const words = ["board", "resign", "mission", "leadership", "governance", "董事會", "辭職", "使命", "员工", "信任", "决定", "不称职"];
  const terms = ["board", "OpenAI", "Sam Altman", "the", "董事會", "员工", "我們", "使命"];
  const at = (list: Lookup[], i: number) => list[i % list.length]!;
  const dictionary = words.map((q) => ({ kind: "dictionary", url: `${base}/api/dictionary?q=${encodeURIComponent(q)}` }));
  const concordance = terms.map((q) => ({
    kind: "concordance",
    url: `${base}/api/documents/${slug}/concordance?q=${encodeURIComponent(q)}`,
  }));
  // The framework's own floor under the same load: a route answering constant JSON, no database.
  const floor = { kind: "floor", url: `${base}/api/health/live` };
  // Interleaved, so every reader asks for each kind in turn.
  return wordLinks.flatMap((link, i) => [link, at(dictionary, i), at(concordance, i), floor]);
}

/** Each lookup once, not timed: the first word links of a version are computed then, as a first reader's are. */
export async function warmLookups(lookups: Lookup[], headers: Record<string, string> = {}): Promise<void> {
  for (const lookup of lookups) await fetchOk(lookup.url, headers);
}

export async function timeLookups(options: {
  lookups: Lookup[];
  readers: number;
  ratePerReader: number;
  durationSeconds: number;
  headers?: Record<string, string>;
}): Promise<Record<string, LookupFigures>> {
  const { lookups, readers, ratePerReader, durationSeconds, headers = {} } = options;
  const times = new Map<string, number[]>();
  const deadline = performance.now() + durationSeconds * 1000;
  const every = 1000 / ratePerReader;
  await Promise.all(
    Array.from({ length: readers }, async (_, reader) => {
      await sleep(Math.random() * 1000);
      for (let i = Math.floor((reader * lookups.length) / readers); performance.now() < deadline; i++) {
        const lookup = lookups[i % lookups.length]!;
        const started = performance.now();
        await fetchOk(lookup.url, headers);
        const took = performance.now() - started;
        if (!times.has(lookup.kind)) times.set(lookup.kind, []);
        times.get(lookup.kind)!.push(took);
        await sleep(every - took);
      }
    }),
  );
  return Object.fromEntries(
    [...times].map(([kind, ms]) => [kind, { p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), count: ms.length }]),
  );
}

/** `timeLookups` on the letter's lookups, in a process of its own (bench/lookups-client.ts). */
export async function timeLookupsApart(options: {
  base: string;
  readers: number;
  ratePerReader: number;
  durationSeconds: number;
  /** When the readers start, in ms since the epoch (the client's own start-up is not timed, nor left to chance). */
  startAt: number;
}) {
  const root = path.resolve(import.meta.dirname, "../..");
  const args = [options.base, options.readers, options.ratePerReader, options.durationSeconds, options.startAt].map(String);
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "bench/lookups-client.ts", ...args], { cwd: root });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, LookupFigures>;
}

async function fetchOk(url: string, headers: Record<string, string>): Promise<void> {
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: the lookup figures would not measure lookups.`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
