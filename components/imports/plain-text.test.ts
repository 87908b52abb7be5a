import { describe, expect, it } from "vitest";
import { stripMarkdown } from "./plain-text";

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
