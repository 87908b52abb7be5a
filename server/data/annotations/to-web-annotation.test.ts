/**
 * The JSON-LD export against the W3C Web Annotation Data Model's MUST rules that concern what we
 * write (the annotation-model test suite's checks, restated): context, ids as followable IRIs on the
 * public origin, types, bodies (TextualBody value/format/language, a Choice's items) and targets.
 */
import { describe, expect, it } from "vitest";
import type { AnnotationView } from "./annotation-view";
import { ANNO_CONTEXT, toAnnotationCollection } from "./to-web-annotation";

const note: AnnotationView = {
  id: "ann1",
  document: "letter",
  author: { id: "u1", name: "Ada" },
  mine: true,
  visibility: "public",
  class: null,
  motivation: "commenting",
  color: "yellow",
  body: {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "能力", marks: [{ type: "bold" }] },
          { type: "text", text: " or 資格 <b>" },
        ],
      },
    ],
  },
  bodyText: "能力 or 資格 <b>",
  tags: ["用詞"],
  hidden: false,
  orphan: false,
  answered: false,
  version: 1,
  createdAt: "2026-01-02T03:04:05.000Z",
  updatedAt: "2026-01-02T03:04:05.000Z",
  targets: [
    { segmentId: "s07", language: "en", versionId: null, selector: { exact: "competence", prefix: "a ", suffix: " b", start: 2, end: 12 } },
  ],
  replies: [
    {
      id: "r1",
      author: { id: "u2", name: "Bo" },
      mine: false,
      body: null,
      bodyText: "Agreed.\nSee line 2.",
      createdAt: "2026-01-03T00:00:00.000Z",
    },
  ],
};

const origin = "https://school.example";
const collection = toAnnotationCollection({ origin, document: { slug: "letter", title: "A letter" }, annotations: [note] });
const [annotation, reply] = collection.first.items as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("toAnnotationCollection (W3C Web Annotation MUSTs)", () => {
  it("is an AnnotationCollection with the anno context, an IRI id and a first AnnotationPage", () => {
    expect(collection["@context"]).toBe(ANNO_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.id).toBe("https://school.example/api/documents/letter/annotations.jsonld");
    expect(collection.first).toMatchObject({ type: "AnnotationPage", startIndex: 0 });
    expect(collection.total).toBe(2);
  });

  it("gives every annotation the context, type Annotation, and an id and target sources on the public origin", () => {
    for (const item of [annotation!, reply!]) {
      expect(item["@context"]).toBe(ANNO_CONTEXT);
      expect(item.type).toBe("Annotation");
      expect(item.id.startsWith(`${origin}/api/annotations/`)).toBe(true);
      expect(item.target).toBeDefined();
    }
    expect(annotation!.target[0].source).toBe(`${origin}/documents/letter#s07`);
    expect(reply!.target).toBe(`${origin}/api/annotations/ann1`);
    expect(JSON.stringify(collection)).not.toMatch(/0\.0\.0\.0|localhost/);
  });

  it("exports a note as a Choice of text/plain and text/html (from the allow-listed JSON, escaped), both with language", () => {
    const choice = annotation!.body.find((b: { type: string }) => b.type === "Choice");
    expect(choice.items).toEqual([
      { type: "TextualBody", value: "能力 or 資格 <b>", format: "text/plain", language: "zh-Hant", purpose: "commenting" },
      {
        type: "TextualBody",
        value: "<p><strong>能力</strong> or 資格 &lt;b&gt;</p>",
        format: "text/html",
        language: "zh-Hant",
        purpose: "commenting",
      },
    ]);
    expect(annotation!.body).toContainEqual({ type: "TextualBody", value: "用詞", purpose: "tagging" });
  });

  it("renders a body stored without JSON from its text, one paragraph per line", () => {
    expect(reply!.motivation).toBe("replying");
    expect(reply!.body[0].items[1]).toEqual({
      type: "TextualBody",
      value: "<p>Agreed.</p><p>See line 2.</p>",
      format: "text/html",
      language: "en",
      purpose: "replying",
    });
  });

  it("gives each target a TextQuoteSelector and a TextPositionSelector", () => {
    expect(annotation!.target[0].selector).toEqual([
      { type: "TextQuoteSelector", exact: "competence", prefix: "a ", suffix: " b" },
      { type: "TextPositionSelector", start: 2, end: 12 },
    ]);
  });
});
