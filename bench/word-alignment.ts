/**
 * Word-alignment figures for BENCHMARKS.md (`npm run bench:align`): the dictionary's load time
 * and size, the scores on each gold set (ours and the Model 1 baseline), and the time to align the
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

const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const dict = new CedictIndex(readFileSync(cedictPath(), "utf8"));
const loadMs = performance.now() - started;
console.log(
  `dictionary: ${dict.entries} entries, ${dict.size} English keys, load ${loadMs.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0)} MB`,
);

const letter = (t: Record<string, string>) => letterSegments.map((s) => ({ key: s.key, en: s.text, zh: t[s.key]! }));
const sets = [
  keyedGoldSet("letter 直譯", letter(closeTranslation), letterCloseGold),
  keyedGoldSet("letter 意譯", letter(fluentTranslation), letterFluentGold),
  wholeGoldSet("news (zh-Hant)", newsGold),
  wholeGoldSet("tea (zh-Hans)", teaGold),
];
const f = (x: number) => x.toFixed(2);
console.log("| gold set | links | baseline P / R / AER / coverage | ours P / R / AER / coverage |");
for (const set of sets) {
  const b = scoreAlignment(set.gold, set.pick(alignBaseline(set.pairs)));
  const o = scoreAlignment(set.gold, set.pick(alignDocument(set.pairs, dict)));
  console.log(
    `| ${set.name} | ${o.goldLinks} | ${f(b.precision)} / ${f(b.recall)} / ${f(b.aer)} / ${f(b.coverage)} | ${f(o.precision)} / ${f(o.recall)} / ${f(o.aer)} / ${f(o.coverage)} |`,
  );
}

const time = (name: string, pairs: SentencePair[]) => {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    alignDocument(pairs, dict);
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
