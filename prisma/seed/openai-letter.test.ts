/** The seeded letter against the seed article it comes from. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { letterDocument, letterSegments, letterVersions } from "./openai-letter";

const excerpt = readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures/seed-article-letter.txt"), "utf8")
  .split("\n")
  .filter((line) => !line.startsWith("#"))
  .join("\n");
const articleParagraphs = excerpt
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

// The only two changes the provenance note declares.
const repair = (text: string) =>
  text.replace("onethat", "one that").replace("「would be consistent with the mission.」", '"would be consistent with the mission."');

describe("the seeded English letter", () => {
  it("is the article's letter verbatim, paragraph by paragraph, apart from the two declared repairs", () => {
    const englishParagraphs = articleParagraphs.slice(0, 7).map(repair);
    const seeded = Array.from({ length: 7 }, (_, p) =>
      letterSegments
        .filter((s) => s.paragraph === p)
        .map((s) => s.text)
        .join(" "),
    );
    expect(seeded).toEqual(englishParagraphs);
  });

  it("has the salutation and 20 sentences in 7 paragraphs, in order", () => {
    expect(letterSegments).toHaveLength(21);
    expect(letterSegments[0]).toMatchObject({ kind: "salutation", paragraph: 0 });
    expect(letterSegments.filter((s) => s.kind === "sentence")).toHaveLength(20);
    expect(new Set(letterSegments.map((s) => s.paragraph))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    const paragraphs = letterSegments.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
    expect(new Set(letterSegments.map((s) => s.key)).size).toBe(21);
  });

  it("no longer carries the extraction artefacts, and the provenance note records both repairs", () => {
    const all = letterSegments.map((s) => s.text).join(" ");
    expect(all).not.toContain("onethat");
    expect(all).not.toMatch(/[「」]/);
    expect(letterDocument.provenance).toContain("onethat");
    expect(letterDocument.provenance).toContain("corner brackets");
  });
});

describe("the seeded Chinese versions", () => {
  const [close, fluent, huxiu] = letterVersions;

  it("gives every segment a close and a fluent translation in Chinese script", () => {
    for (const version of [close!, fluent!]) {
      for (const segment of letterSegments) {
        const text = version.texts[segment.key];
        expect(text, `${version.name} ${segment.key}`).toMatch(/\p{Script=Han}/u);
      }
      expect(Object.keys(version.texts).sort()).toEqual(letterSegments.map((s) => s.key).sort());
    }
  });

  it("makes the two project versions differ, as a class comparing them would expect", () => {
    const differing = letterSegments.filter((s) => close!.texts[s.key] !== fluent!.texts[s.key]);
    expect(differing.length).toBeGreaterThanOrEqual(18);
  });

  it("copies the article's own two renderings as printed, attributed to 虎嗅網", () => {
    const printed = articleParagraphs
      .slice(7)
      .join("\n")
      .split("\n")
      .map((line) => line.replace(/^\(|\)$/g, ""));
    expect(Object.values(huxiu!.texts)).toEqual(printed);
    expect(Object.keys(huxiu!.texts)).toEqual(["s06", "s07"]);
    expect(huxiu!.attribution).toContain("虎嗅網");
  });
});
