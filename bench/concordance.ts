/**
 * Concordance lookup time for BENCHMARKS.md (`npm run bench:concordance`): the pure search
 * (lib/concordance) over a 1,000-sentence document in two versions, word links already computed,
 * as a warm server lookup runs it after its two small queries. The endpoint's own warm p95 on the
 * letter is logged by tests/integration/concordance.test.ts.
 */
import { readFileSync } from "node:fs";
import { letterSegments } from "../prisma/seed/openai-letter.en";
import { closeTranslation, fluentTranslation } from "../prisma/seed/openai-letter.zh-hant";
import { alignDocument } from "../lib/alignment/align";
import { cedictPath } from "../lib/alignment/cedict-file";
import { CedictIndex } from "../lib/alignment/cedict-index";
import type { WordLink } from "../lib/alignment/types";
import { normaliseTerm } from "../lib/concordance/find-term";
import { searchConcordance } from "../lib/concordance/search";
import { toSimplified, toTraditional } from "../lib/script/convert";

const dict = new CedictIndex(readFileSync(cedictPath(), "utf8"));
const N = 1000;
const sentences = Array.from({ length: N }, (_, i) => {
  const s = letterSegments[i % letterSegments.length]!;
  return { segmentId: `s${i}`, en: s.text, zh: { close: closeTranslation[s.key]!, fluent: fluentTranslation[s.key]! } };
});
const links = new Map<string, Map<string, WordLink[]>>();
for (const v of ["close", "fluent"] as const) {
  const aligned = alignDocument(
    sentences.map((s) => ({ en: s.en, zh: s.zh[v] })),
    dict,
  );
  links.set(v, new Map(sentences.map((s, i) => [s.segmentId, aligned[i] ?? []])));
}

const terms = ["board", "mission", "Sam Altman", "employees", "company", "董事会", "公司", "使命", "the", "bad faith"];
const times: number[] = [];
const byTerm = new Map<string, number[]>();
for (let i = 0; i < 300; i++) {
  const term = normaliseTerm(terms[i % terms.length]!);
  const started = performance.now();
  searchConcordance({
    term,
    chineseForms: [...new Set([term, toTraditional(term), toSimplified(term)])],
    sentences,
    versionIds: ["close", "fluent"],
    linksOf: (v, s) => links.get(v)?.get(s),
    limit: 200,
  });
  times.push(performance.now() - started);
  byTerm.set(term, [...(byTerm.get(term) ?? []), performance.now() - started]);
}
times.sort((a, b) => a - b);
if (process.argv.includes("--terms"))
  for (const [term, t] of byTerm) console.log(term, t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!.toFixed(1), "ms median");
const at = (q: number) => times[Math.ceil(times.length * q) - 1]!.toFixed(1);
console.log(`concordance over ${N} pairs × 2 versions, ${times.length} lookups: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
