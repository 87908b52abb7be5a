import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importSlug } from "./import-document";

const withoutTail = (slug: string) => slug.replace(/-[0-9a-f]{8}$/, "");

describe("importSlug", () => {
  it("trims dashes as the former `-+` patterns did", () => {
    expect(withoutTail(importSlug("  --A Letter, to the Board!--  "))).toBe("a-letter-to-the-board");
    const unit = fc.constantFrom("a", "B", "1", " ", "-", "!", "é", "字");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (title) => {
        /* eslint-disable regexp/no-super-linear-move -- the former patterns, as reference on short strings */
        const base = title
          .normalize("NFKD")
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-+|-+$/g, "")
          .slice(0, 48)
          .replace(/-+$/, "");
        /* eslint-enable regexp/no-super-linear-move */
        expect(withoutTail(importSlug(title))).toBe(base || "letter");
      }),
      { numRuns: 3000 },
    );
  });
});
