/**
 * Word-alignment figures for BENCHMARKS.md (`npm run bench:align`): the dictionary's and the
 * WordNet synonym index's load time and size, the scores on each gold set (ours and the Model 1 baseline), and the time to align the
 * letter and a 1,000-sentence document (the letter's pairs repeated, and the reader benchmark's
 * generated text), in this process, as the text worker does.
 */
import { readFileSync } from "node:fs";
import { letterSegments } from "../prisma/seed/openai-letter.en";
import { closeTranslation, fluentTranslation } from "../prisma/seed/openai-letter.zh-hant";
import { alignDocument } from "../lib/alignment/align";
import { alignBaseline } from "../lib/alignment/baseline";
import { cedictPath } from "../lib/alignment/cedict-file";
import { CedictIndex } from "../lib/alignment/cedict-index";
import { keyedGoldSet, wholeGoldSet } from "../lib/alignment/gold/gold-sets";
import { letterCloseGold, letterFluentGold } from "../lib/alignment/gold/letter-gold";
import { newsGold, teaGold } from "../lib/alignment/gold/own-texts-gold";
import { scoreAlignment } from "../lib/alignment/score";
import type { SentencePair } from "../lib/alignment/types";
import { loadWordNet } from "../lib/alignment/wordnet-file";

const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const dict = new CedictIndex(readFileSync(cedictPath(), "utf8"));
const loadMs = performance.now() - started;
console.log(
  `dictionary: ${dict.entries} entries, ${dict.size} English keys, load ${loadMs.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
);

// WordNet loads lazily, a part of speech at a time: these words reach all four (index and data files).
const memoryBefore = process.memoryUsage();
started = performance.now();
const synonyms = loadWordNet();
for (const word of ["swiftly", "work", "better", "allegations"]) synonyms.synonymsOf(word);
const wordNetMs = performance.now() - started;
const memoryAfter = process.memoryUsage();
const mb = (key: "heapUsed" | "arrayBuffers") => ((memoryAfter[key] - memoryBefore[key]) / 1e6).toFixed(0);
console.log(
  `WordNet synonyms: all four parts of speech loaded in ${wordNetMs.toFixed(0)} ms, heap +${mb("heapUsed")} MB, file buffers +${mb("arrayBuffers")} MB`,
);

const letter = (t: Record<string, string>) => letterSegments.map((s) => ({ key: s.key, en: s.text, zh: t[s.key]! }));
const sets = [
  keyedGoldSet("letter 直譯", letter(closeTranslation), letterCloseGold),
  keyedGoldSet("letter 意譯", letter(fluentTranslation), letterFluentGold),
  wholeGoldSet("news (zh-Hant)", newsGold),
  wholeGoldSet("tea (zh-Hans)", teaGold),
];
const f = (x: number) => x.toFixed(2);
const scores = (s: ReturnType<typeof scoreAlignment>) => `${f(s.precision)} / ${f(s.recall)} / ${f(s.aer)} / ${f(s.coverage)}`;
console.log("| gold set | links | baseline P / R / AER / coverage | CC-CEDICT alone | ours (with WordNet synonyms) |");
for (const set of sets) {
  const b = scoreAlignment(set.gold, set.pick(alignBaseline(set.pairs)));
  const d = scoreAlignment(set.gold, set.pick(alignDocument(set.pairs, dict)));
  const o = scoreAlignment(set.gold, set.pick(alignDocument(set.pairs, dict, synonyms)));
  console.log(`| ${set.name} | ${o.goldLinks} | ${scores(b)} | ${scores(d)} | ${scores(o)} |`);
}

const time = (name: string, pairs: SentencePair[]) => {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    alignDocument(pairs, dict, synonyms);
    runs.push(performance.now() - started);
  }
  console.log(`${name} (${pairs.length} pairs): ${runs.map((r) => r.toFixed(0)).join(", ")} ms`);
};
time("letter 直譯", letter(closeTranslation));
time("letter 意譯", letter(fluentTranslation));
const repeated = Array.from({ length: 1000 }, (_, i) => {
  const s = letterSegments[i % letterSegments.length]!;
  return { en: s.text, zh: (i % 2 ? fluentTranslation : closeTranslation)[s.key]! };
});
time("letter pairs repeated", repeated);
const WORDS = "students read the letter closely and compare every sentence with its translations before class".split(" ");
const HAN = "學生們仔細閱讀這封信並比較每一句的譯文以便在課堂上討論".split("");
const generated = Array.from({ length: 1000 }, (_, i) => ({
  en: `${Array.from({ length: 12 + (i % 9) }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]!).join(" ")} ${i}.`,
  zh: `${Array.from({ length: 18 + (i % 11) }, (_, k) => HAN[(i * 5 + k) % HAN.length]).join("")}${i}。`,
}));
time("reader benchmark's generated text", generated);
