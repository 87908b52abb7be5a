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
 * The search is banded around the diagonal, with a fixed widest band (MAX_BAND), so its time and
 * memory are O((n + m) · MAX_BAND) whatever the two counts are.
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

/** The band never narrows below this many sentences either side of the diagonal… */
export const MIN_BAND = 40;
/** …and never widens beyond this, whatever the counts: the search costs O((n + m) · MAX_BAND). */
export const MAX_BAND = 100;

/**
 * How far (in Chinese sentences) the alignment may stray from the straight line between the two
 * texts' starts and ends: a tenth of the longer text, within [MIN_BAND, MAX_BAND]. The line itself
 * follows the ratio of the counts, so a translation with more sentences needs no wider band; only
 * a long stretch translated out of proportion (a missing page) needs one, and a page is far less
 * than MAX_BAND sentences.
 */
export function bandFor(n: number, m: number): number {
  return Math.min(MAX_BAND, Math.max(MIN_BAND, Math.ceil(Math.max(n, m) * 0.1)));
}

/**
 * The cells the search visits: row i (English sentences consumed) covers Chinese positions from
 * band below the line at i to band above the line at i + 1. Consecutive rows overlap, so a path
 * always exists (along the line, with 0-1 beads where the Chinese runs ahead), and the cell count
 * is at most (n + 1)(2 band + 2) + m.
 */
export function searchRows(n: number, m: number, band: number): { lo: Int32Array; hi: Int32Array; start: Int32Array; cells: number } {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor((i * m) / n) - band);
    hi[i] = Math.min(m, Math.ceil(((i + 1) * m) / n) + band);
    start[i + 1] = start[i]! + hi[i]! - lo[i]! + 1;
  }
  return { lo, hi, start, cells: start[n + 1]! };
}

/** The best sequence of beads covering both texts in order. */
export function alignSentences(en: AlignInput[], zh: AlignInput[]): Bead[] {
  const n = en.length;
  const m = zh.length;
  if (n === 0 || m === 0) return [...en.map((_, i) => ({ en: [i], zh: [] })), ...zh.map((_, j) => ({ en: [], zh: [j] }))];

  const enEnd = prefixSums(en.map((s) => lengthOf(s.text)));
  const zhEnd = prefixSums(zh.map((s) => lengthOf(s.text)));
  const ratio = Math.max(0.05, zhEnd[m]! / Math.max(1, enEnd[n]!));
  // Anchors only count when they are rare enough to tell sentences apart.
  const enAnchorSets = en.map((s) => anchorsOf(s.text));
  const enCommon = commonAnchors(enAnchorSets);
  const enAnchors = enAnchorSets.map((set) => [...set].filter((a) => !enCommon.has(a)));
  const zhAnchors = zh.map((s) => [...anchorsOf(s.text)]);
  const priorCost = BEADS.map((bead) => -Math.log(bead.prior));

  const { lo, hi, start, cells } = searchRows(n, m, bandFor(n, m));
  const index = (i: number, j: number) => (j < lo[i]! || j > hi[i]! ? -1 : start[i]! + j - lo[i]!);
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  cost[index(0, 0)] = 0;

  // The most a bead's anchors can take off its cost: a bead whose cost before them already
  // reaches the best found for the cell is not worth scoring (branch and bound: the same result,
  // for a fraction of the length costs and anchor searches, which were most of the time).
  const bonusBound = (i0: number, i1: number) => {
    let anchors = 0;
    for (let k = i0; k < i1; k++) anchors += enAnchors[k]!.length;
    return ANCHOR_BONUS * Math.min(anchors, 3);
  };
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = -1;
      for (let b = 0; b < BEADS.length; b++) {
        const bead = BEADS[b]!;
        const pi = i - bead.en;
        const pj = j - bead.zh;
        if (pi < 0 || pj < 0) continue;
        const from = index(pi, pj);
        if (from < 0) continue;
        const before = cost[from]! + priorCost[b]!;
        // Length costs are never negative, paragraph penalties neither: only anchors lower a bead's cost.
        if (before - (bead.zh > 0 ? bonusBound(pi, i) : 0) >= best) continue;
        const c = before + beadCost(pi, i, pj, j);
        if (c < best) {
          best = c;
          bestBead = b;
        }
      }
      const here = start[i]! + j - lo[i]!;
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
    if (!bead) throw new Error("Alignment band too narrow."); // unreachable: consecutive rows overlap (see searchRows)
    beads.push({ en: range(i - bead.en, i), zh: range(j - bead.zh, j) });
    i -= bead.en;
    j -= bead.zh;
  }
  return beads.reverse();

  /** A bead's cost beyond its prior: lengths, paragraph breaks inside it, shared anchors. */
  function beadCost(i0: number, i1: number, j0: number, j1: number): number {
    let c = lengthCost(enEnd[i1]! - enEnd[i0]!, zhEnd[j1]! - zhEnd[j0]!, ratio);
    if (i1 - i0 === 2 && en[i0]!.paragraph !== en[i0 + 1]!.paragraph) c += PARAGRAPH_PENALTY;
    if (j1 - j0 === 2 && zh[j0]!.paragraph !== zh[j0 + 1]!.paragraph) c += PARAGRAPH_PENALTY;
    if (i1 > i0 && j1 > j0) c -= ANCHOR_BONUS * Math.min(sharedAnchors(i0, i1, j0, j1), 3);
    return c;
  }

  /** Distinct anchors found on both sides (no allocation: this runs for every cell and bead). */
  function sharedAnchors(i0: number, i1: number, j0: number, j1: number): number {
    let shared = 0;
    for (let k = i0; k < i1; k++) {
      const anchors = enAnchors[k]!;
      for (let x = 0; x < anchors.length; x++) {
        const a = anchors[x]!;
        if (k > i0 && enAnchors[i0]!.includes(a)) continue; // counted with the first sentence
        for (let l = j0; l < j1; l++) {
          if (zhAnchors[l]!.includes(a)) {
            shared++;
            break;
          }
        }
      }
    }
    return shared;
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

/** sums[k] = values[0] + … + values[k - 1], so a run's total is one subtraction. */
function prefixSums(values: number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
