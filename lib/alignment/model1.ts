/**
 * IBM Model 1 over all the sentence pairs of one document, trained by EM (Brown et al. 1993), with
 * two optional additions in the spirit of fast_align: a prior on t(zh | en) from the dictionary, and
 * a diagonal prior that favours Chinese words at the same relative position as the English word.
 * Without either it is the plain baseline the benchmarks compare against.
 */
export interface Model1Sentence {
  en: string[];
  zh: string[];
}

export interface Model1Options {
  iterations?: number;
  /** Dictionary evidence for (English key, Chinese word), 0..1. */
  prior?: (en: string, zh: string) => number;
  /** Weight of the prior as pseudo-counts. */
  priorWeight?: number;
  /** Sharpness of the diagonal prior; 0 turns it off. */
  diagonal?: number;
}

const NULL = "\u0000";

/** Posterior p(zh word j is aligned to en word i) for every sentence: [sentence][i][j], no NULL row. */
export function trainModel1(sentences: Model1Sentence[], options: Model1Options = {}): number[][][] {
  const { iterations = 5, prior, priorWeight = 2, diagonal = 0 } = options;
  const t = new Map<string, Map<string, number>>();
  const priors = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const e of [NULL, ...s.en]) {
      let row = t.get(e);
      if (!row) t.set(e, (row = new Map()));
      let pr = priors.get(e);
      if (!pr) priors.set(e, (pr = new Map()));
      for (const f of s.zh) {
        row.set(f, 1);
        if (prior && e !== NULL && !pr.has(f)) pr.set(f, prior(e, f));
      }
    }
  }
  const weightOf = (i: number, j: number, m: number, n: number) =>
    diagonal > 0 ? Math.exp(-diagonal * Math.abs((i + 0.5) / m - (j + 0.5) / n)) : 1;
  const posteriors = (s: Model1Sentence) => {
    const m = s.en.length;
    const n = s.zh.length;
    const post: number[][] = s.en.map(() => new Array<number>(n).fill(0));
    const nulls = new Array<number>(n).fill(0);
    for (let j = 0; j < n; j++) {
      const f = s.zh[j]!;
      let total = (t.get(NULL)!.get(f) ?? 0) * 0.5;
      nulls[j] = total;
      for (let i = 0; i < m; i++) {
        const p = (t.get(s.en[i]!)!.get(f) ?? 0) * weightOf(i, j, m, n);
        post[i]![j] = p;
        total += p;
      }
      if (total > 0) {
        for (let i = 0; i < m; i++) post[i]![j]! /= total;
        nulls[j]! /= total;
      }
    }
    return { post, nulls };
  };
  for (let it = 0; it < iterations; it++) {
    const counts = new Map<string, Map<string, number>>();
    const add = (e: string, f: string, c: number) => {
      let row = counts.get(e);
      if (!row) counts.set(e, (row = new Map()));
      row.set(f, (row.get(f) ?? 0) + c);
    };
    for (const s of sentences) {
      const { post, nulls } = posteriors(s);
      s.zh.forEach((f, j) => {
        add(NULL, f, nulls[j]!);
        s.en.forEach((e, i) => add(e, f, post[i]![j]!));
      });
    }
    for (const [e, row] of t) {
      const c = counts.get(e);
      const pr = priors.get(e);
      let sum = 0;
      for (const f of row.keys()) sum += (c?.get(f) ?? 0) + priorWeight * (pr?.get(f) ?? 0);
      for (const f of row.keys()) row.set(f, sum > 0 ? ((c?.get(f) ?? 0) + priorWeight * (pr?.get(f) ?? 0)) / sum : 0);
    }
  }
  return sentences.map((s) => posteriors(s).post);
}

/**
 * Model 1 trained both ways (English → Chinese and Chinese → English) and the posteriors averaged,
 * [sentence][i][j] like trainModel1. One direction alone lets a rare word collect whatever it
 * co-occurs with (a "garbage collector"); the other direction normalises over the other side's
 * words, so a link both directions like scores higher than one only one of them proposes.
 */
export function trainModel1BothWays(sentences: Model1Sentence[], options: Model1Options = {}): number[][][] {
  const { prior } = options;
  const forward = trainModel1(sentences, options);
  const backward = trainModel1(
    sentences.map(({ en, zh }) => ({ en: zh, zh: en })),
    { ...options, prior: prior && ((zh, en) => prior(en, zh)) },
  );
  return forward.map((rows, s) => rows.map((row, i) => row.map((p, j) => (p + (backward[s]?.[j]?.[i] ?? 0)) / 2)));
}
