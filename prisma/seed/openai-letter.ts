/**
 * The seeded document: the OpenAI employees' letter of November 2023, its two project
 * translations and the partial translation printed by the seed article. Ids are fixed here so
 * that they survive reseeding: annotations and share links point at them.
 */
import { letterSegments } from "./openai-letter.en";
import { closeTranslation, fluentTranslation } from "./openai-letter.zh-hant";

export const LETTER_ID = "openai-letter-2023";

export const letterDocument = {
  id: LETTER_ID,
  slug: "openai-letter-2023",
  title: "Letter from OpenAI employees to the board, November 2023",
  language: "en",
  source:
    "虎嗅網, “OpenAI 員工公開信!發生什麼事?Sam Altman 會回到 OpenAI 嗎?”, 21 November 2023, which prints the letter's text in full (not its signatories)",
  sourceUrl: null,
  publishedOn: new Date("2023-11-20T00:00:00Z"),
  provenance:
    "The English text is the letter of 20 November 2023 as printed in the seed article (虎嗅網, 2023-11-21), " +
    "with two extraction artefacts of that copy repaired and nothing else changed: " +
    "(1) sentence 12, “the onethat would best serve” became “the one that would best serve”; " +
    "(2) sentence 15, the corner brackets 「…」 around “would be consistent with the mission.” became ordinary quotation marks. " +
    "The close (直譯) and fluent (意譯) Traditional Chinese translations were written for Interleaf, " +
    "and corrected in December 2026 after a bilingual review (意譯 sentences 2, 7, 9, 10, 13, 14, 17 and 19; 直譯 sentences 5, 6, 11 and 16: " +
    "wording that added what the English does not say, such as who made the requests in sentence 10, was brought back to the letter). " +
    "The 虎嗅網 version is the article's own Chinese rendering of the two sentences it quotes, copied as printed.",
  licence:
    "The letter is quoted for study, commentary and translation teaching. " +
    "The Interleaf translations (直譯, 意譯) may be reused with attribution (CC BY 4.0). " +
    "The 虎嗅網 rendering is quoted with attribution from an article marked 《虎嗅網》授權轉載.",
  visibility: "public" as const,
};

export const segmentId = (key: string) => `${LETTER_ID}-${key}`;

export const letterVersions = [
  {
    id: `${LETTER_ID}-close`,
    name: "直譯 Close",
    kind: "project_close" as const,
    attribution: "Close translation (直譯) written for the Interleaf project: follows the English sentence structure.",
    position: 0,
    texts: closeTranslation,
  },
  {
    id: `${LETTER_ID}-fluent`,
    name: "意譯 Fluent",
    kind: "project_fluent" as const,
    attribution: "Fluent translation (意譯) written for the Interleaf project: idiomatic Taiwanese newspaper Chinese.",
    position: 1,
    texts: fluentTranslation,
  },
  {
    id: `${LETTER_ID}-huxiu`,
    name: "虎嗅網 2023-11-21",
    kind: "source" as const,
    attribution: "虎嗅網, 21 November 2023: the article's own rendering of the two sentences it quotes (partial).",
    position: 2,
    texts: {
      s06: "你們解雇 Sam Altman 並將 Greg Brockman 從董事會中除名的過程危及了所有這些工作,並破壞了我們的使命和公司。",
      s07: "你們的行為已經表明你沒有能力監督 OpenAI。",
    } as Record<string, string>,
  },
];

export { letterSegments };
