import { describe, expect, it } from "vitest";
import { renderingPairs } from "./rendering-pairs";
import type { WordLink } from "./types";

const link = (en: [number, number], zh: [number, number]): WordLink => ({
  en: { start: en[0], end: en[1] },
  zh: { start: zh[0], end: zh[1] },
  score: 1,
});

describe("renderingPairs", () => {
  it("lines up what each version made of the same English words, in English order", () => {
    const en = "the world's leading AI company";
    // A: world's→世界 leading→領先 company→公司 ; B: "world's leading" whole → 全球首屈一指, company → 企業
    const a = { zh: "世界領先的人工智慧公司", links: [link([4, 11], [0, 2]), link([12, 19], [2, 4]), link([23, 30], [9, 11])] };
    const b = { zh: "全球首屈一指的人工智慧企業", links: [link([4, 19], [0, 6]), link([23, 30], [11, 13])] };
    expect(renderingPairs(en, a, b)).toEqual([
      { en: "world's leading", a: "世界領先", b: "全球首屈一指" },
      { en: "company", a: "公司", b: "企業" },
    ]);
  });

  it("keeps words only one version links, with null for the other", () => {
    const pairs = renderingPairs(
      "OpenAI said",
      { zh: "OpenAI 說", links: [link([0, 6], [0, 6]), link([7, 11], [7, 8])] },
      { zh: "OpenAI 表示", links: [link([0, 6], [0, 6])] },
    );
    expect(pairs).toEqual([
      { en: "OpenAI", a: "OpenAI", b: "OpenAI" },
      { en: "said", a: "說", b: null },
    ]);
  });
});
