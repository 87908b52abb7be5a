import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stripMarkdown, unwrapLinks, unwrapStrong } from "./plain-text";

describe("stripMarkdown", () => {
  it("keeps the words and drops emphasis, headings, quotes and links", () => {
    expect(stripMarkdown("# A letter\n\nWe **really** mean _it_, see [the site](https://x.y).\n\n> Quoted `code`.\n\n---\n")).toBe(
      "A letter\n\nWe really mean it, see the site.\n\nQuoted code.\n\n\n",
    );
  });
  it("leaves a snake_case word and a lone asterisk alone", () => {
    expect(stripMarkdown("Use file_name_here * 2.")).toBe("Use file_name_here * 2.");
  });
});

describe("the link and strong-emphasis scanners", () => {
  // The patterns the scanners replace, as the reference: quadratic, so only on short inputs here.
  /* eslint-disable regexp/no-super-linear-move -- reference implementation, short inputs only */
  const reference = {
    image: (text: string) => text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1"),
    link: (text: string) => text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1"),
    strong: (text: string) => text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2"),
  };
  /* eslint-enable regexp/no-super-linear-move */
  const markdownish = fc.string({ unit: fc.constantFrom("*", "_", "[", "]", "(", ")", "!", "a", " ", "\n"), maxLength: 40 });

  it("give what the regular expressions gave", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        expect(unwrapLinks(text, "![", 0)).toBe(reference.image(text));
        expect(unwrapLinks(text, "[", 1)).toBe(reference.link(text));
        expect(unwrapStrong(text)).toBe(reference.strong(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("unwrap links, images and bold as before", () => {
    expect(stripMarkdown('See ![a cat](cat.png) and [the site](https://x.y "title"), **bold** and __also__.')).toBe(
      "See a cat and the site, bold and also.",
    );
    expect(stripMarkdown("[x [y](u) ** not bold ** [](empty)")).toBe("x [y ** not bold ** [](empty)");
  });

  it("take linear time on openers without closers", () => {
    for (const attack of ["**a ", "__a ", "[(", "![](", "[a](", "!["]) {
      const text = attack.repeat(200_000 / attack.length);
      const started = performance.now();
      stripMarkdown(text);
      expect(performance.now() - started, JSON.stringify(attack)).toBeLessThan(1000);
    }
  });
});
