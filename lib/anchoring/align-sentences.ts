/**
 * Sentence alignment of an English text and its Chinese translation, in the manner of Gale & Church
 * (1993): dynamic programming over "beads" of 1-1, 1-0, 0-1, 2-1 and 1-2 sentences, scoring each
 * bead by how far its Chinese length is from the English length times the mean ratio. The ratio is
 * estimated from the two texts themselves (Chinese characters per English character varies with
 * the translator), and its variance is set wide because English-Chinese lengths vary more than the
 * European pairs Gale & Church measured.
 *
 * Two helps on top of lengths:
 * - anchors: numbers and Latin-script words (names, "AI", "OpenAI") found on both sides of a bead
 *   lower its cost, so a bead that keeps "Sam Altman" with "Sam Altman" wins over one that does not;
 * - paragraphs are soft: a bead that spans a paragraph break on either side costs a little more,
 *   so breaks guide the alignment without forcing it where the two texts break differently.
 *
 * The search is banded around the diagonal, so long letters stay near-linear in time and memory.
 */

export interface AlignInput {
  text: string;
  paragraph: number;
}

export interface Bead {
  /** English sentence indices (0, 1 or 2) and Chinese sentence indices (0, 1 or 2). */
  en: number[];
  zh: number[];
}

const BEADS: { en: number; zh: number; prior: number }[] = [
  { en: 1, zh: 1, prior: 0.89 },
  { en: 1, zh: 0, prior: 0.0099 / 2 },
  { en: 0, zh: 1, prior: 0.0099 / 2 },
  { en: 2, zh: 1, prior: 0.089 / 2 },
  { en: 1, zh: 2, prior: 0.089 / 2 },
];

/** Variance of Chinese length per English character (Gale & Church used 6.8 for EN-FR/DE). */
const VARIANCE = 12;
/** Cost taken off a bead for each anchor found on both sides (about a 1-1 bead's typical cost). */
const ANCHOR_BONUS = 2;
const PARAGRAPH_PENALTY = 1.5;

const lengthOf = (text: string) => [...text.replace(/\s+/gu, "")].length;

/** Numbers and Latin-script words of two or more letters, lower-cased: what survives translation. */
export function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>();
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*|[A-Za-z][A-Za-z'’-]+/gu)) {
    const token = m[0].replace(/,/g, "");
    if (/^\d/.test(token) || /^[A-Z]/.test(token) || /[A-Z]/.test(token.slice(1))) anchors.add(token.toLowerCase());
  }
  return anchors;
}

/** The best sequence of beads covering both texts in order. */
export function alignSentences(en: AlignInput[], zh: AlignInput[]): Bead[] {
  const n = en.length;
  const m = zh.length;
  if (n === 0 || m === 0) return [...en.map((_, i) => ({ en: [i], zh: [] })), ...zh.map((_, j) => ({ en: [], zh: [j] }))];

  const enLength = en.map((s) => lengthOf(s.text));
  const zhLength = zh.map((s) => lengthOf(s.text));
  const ratio = Math.max(0.05, sum(zhLength) / Math.max(1, sum(enLength)));
  const enAnchors = en.map((s) => anchorsOf(s.text));
  const zhAnchors = zh.map((s) => anchorsOf(s.text));
  // Anchors only count when they are rare enough to tell sentences apart.
  const enCommon = commonAnchors(enAnchors);

  const band = Math.max(40, Math.ceil(Math.abs(n - m) * 1.2) + 20, Math.ceil(Math.max(n, m) * 0.1));
  const width = 2 * band + 1;
  const centre = (i: number) => Math.round((i * m) / n);
  const index = (i: number, j: number) => {
    const k = j - centre(i) + band;
    return k < 0 || k >= width ? -1 : i * width + k;
  };
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  cost[index(0, 0)] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = Math.max(0, centre(i) - band); j <= Math.min(m, centre(i) + band); j++) {
      const here = index(i, j);
      if (here < 0 || (i === 0 && j === 0)) continue;
      let best = Infinity;
      let bestBead = -1;
      for (const [b, bead] of BEADS.entries()) {
        const pi = i - bead.en;
        const pj = j - bead.zh;
        if (pi < 0 || pj < 0) continue;
        const from = index(pi, pj);
        if (from < 0 || cost[from] === Infinity) continue;
        const c = cost[from]! + beadCost(pi, i, pj, j, bead.prior);
        if (c < best) {
          best = c;
          bestBead = b;
        }
      }
      cost[here] = best;
      back[here] = bestBead;
    }
  }

  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const at = index(i, j);
    const b = at < 0 ? -1 : back[at]!;
    const bead = BEADS[b];
    if (!bead) throw new Error("Alignment band too narrow."); // unreachable: the band always covers (n, m)
    beads.push({ en: range(i - bead.en, i), zh: range(j - bead.zh, j) });
    i -= bead.en;
    j -= bead.zh;
  }
  return beads.reverse();

  function beadCost(i0: number, i1: number, j0: number, j1: number, prior: number): number {
    const l1 = sum(enLength.slice(i0, i1));
    const l2 = sum(zhLength.slice(j0, j1));
    let c = -Math.log(prior) + lengthCost(l1, l2, ratio);
    if (i1 - i0 === 2 && en[i0]!.paragraph !== en[i0 + 1]!.paragraph) c += PARAGRAPH_PENALTY;
    if (j1 - j0 === 2 && zh[j0]!.paragraph !== zh[j0 + 1]!.paragraph) c += PARAGRAPH_PENALTY;
    if (i1 > i0 && j1 > j0) {
      const left = new Set<string>();
      for (let k = i0; k < i1; k++) for (const a of enAnchors[k]!) if (!enCommon.has(a)) left.add(a);
      let shared = 0;
      for (let k = j0; k < j1; k++) for (const a of zhAnchors[k]!) if (left.delete(a)) shared++;
      c -= ANCHOR_BONUS * Math.min(shared, 3);
    }
    return c;
  }
}

/** For each English sentence, the Chinese sentences aligned with it (a 2-1 bead gives them to the first). */
export function chineseForEachEnglish(beads: Bead[], englishCount: number): number[][] {
  const out: number[][] = Array.from({ length: englishCount }, () => []);
  const orphans: number[] = [];
  for (const bead of beads) {
    const first = bead.en[0];
    if (first === undefined) {
      orphans.push(...bead.zh);
      continue;
    }
    // A Chinese sentence with no English (0-1) joins the sentence before it, or the next one.
    out[first]!.push(...orphans.splice(0), ...bead.zh);
  }
  if (orphans.length) {
    const last = [...out.keys()].reverse().find((k) => out[k]!.length > 0) ?? englishCount - 1;
    out[last]?.push(...orphans);
  }
  return out.map((list) => [...list].sort((a, b) => a - b));
}

function lengthCost(l1: number, l2: number, ratio: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2 / ratio) / 2;
  const delta = (l2 - l1 * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE * ratio);
  const p = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(p, 1e-12));
}

/** Standard normal CDF (Abramowitz & Stegun 26.2.17, error < 7.5e-8). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * x);
  const d = 0.3989423 * Math.exp((-x * x) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return 1 - p;
}

function commonAnchors(perSentence: Set<string>[]): Set<string> {
  const counts = new Map<string, number>();
  for (const set of perSentence) for (const a of set) counts.set(a, (counts.get(a) ?? 0) + 1);
  const limit = Math.max(3, perSentence.length / 4);
  return new Set([...counts].filter(([, c]) => c > limit).map(([a]) => a));
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
