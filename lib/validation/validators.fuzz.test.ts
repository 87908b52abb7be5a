/**
 * Property fuzz over every API validator: whatever JSON arrives, validation answers (accepts or
 * refuses with messages) and never throws, so a route can only ever turn it into a 4xx.
 * New request schemas belong in SCHEMAS.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSelector } from "@/lib/anchoring/text-quote";
import { parseNote } from "@/lib/notes/note-schema";

// Every module in this folder: a new request schema is fuzzed without anyone remembering to add it.
const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });

type Schema = { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } };
const SCHEMAS = Object.entries(modules)
  .flatMap(([file, exports]) =>
    (Object.entries(exports) as [string, unknown][]).map(
      ([name, value]) => [`${file.replace("./", "")}: ${name}`, value] as [string, unknown],
    ),
  )
  .filter((entry): entry is [string, Schema] => typeof (entry[1] as { safeParse?: unknown } | null)?.safeParse === "function");

// Strings that have broken parsers elsewhere: markup, control and bidi characters, lone surrogates.
const nasty = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "\u0000",
    "\ud800",
    "\u202e",
    "\u200b",
    "e\u0301",
    "👩🏽‍💻",
    "__proto__",
    "constructor",
    "x".repeat(100_000),
  ),
);
const hostileJson = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "document", "target", "body", "email", "name")),
    fc.oneof(nasty, fc.jsonValue()) as fc.Arbitrary<unknown>,
  ),
  fc.letrec<{ tree: unknown }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small" },
      nasty,
      fc.array(tie("tree"), { maxLength: 3 }),
      fc.dictionary(fc.string(), tie("tree"), { maxKeys: 3 }),
    ),
  })).tree,
);

describe("API validators under fuzz", () => {
  it("covers the request schemas", () => {
    const names = SCHEMAS.map(([name]) => name.split(": ")[1]);
    expect(names).toEqual(
      expect.arrayContaining(["registerSchema", "createAnnotationSchema", "updateAnnotationSchema", "createReplySchema"]),
    );
    expect(new Set(SCHEMAS.map(([name]) => name.split(":")[0])).size).toBeGreaterThanOrEqual(4);
  });

  for (const [name, schema] of SCHEMAS) {
    it(`${name} accepts or refuses any input with a message, never throws`, () => {
      fc.assert(
        fc.property(hostileJson, (input) => {
          // What a route validates is always the result of JSON.parse, so the input goes through JSON
          // first (fast-check can also make null-prototype objects, which JSON cannot carry and on
          // which zod's own length checks throw).
          const result = schema.safeParse(JSON.parse(JSON.stringify(input) ?? "null"));
          if (!result.success)
            expect(result.error!.issues.every((issue) => typeof issue.message === "string" && issue.message.length > 0)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("parseNote accepts or refuses any input, never throws", () => {
    fc.assert(
      fc.property(hostileJson, (input) => {
        expect(typeof parseNote(input).ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("checkSelector answers for any numbers and strings, never throws", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.string(),
        fc.string(),
        fc.string(),
        fc.double(),
        fc.double(),
        (text, exact, prefix, suffix, start, end) => {
          expect(typeof checkSelector(text, { exact, prefix, suffix, start, end }).ok).toBe("boolean");
        },
      ),
    );
  });
});
