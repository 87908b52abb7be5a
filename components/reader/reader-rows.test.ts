import { describe, expect, it } from "vitest";
import type { SegmentView, VersionView } from "@/lib/documents/types";
import { rowData } from "./reader-row-data";
import { rowHtml as htmlOfRow, type RowContext } from "./reader-rows";

const version = (id: string, language: string) => ({ id, language }) as VersionView;
const versions = [version("v1", "zh-Hant"), version("v2", "fr")];
const context: RowContext = {
  language: "en",
  versions,
  firstSegmentId: "s1",
  missing: "No translation",
  marginLabels: {
    compareSentence: "Compare this sentence",
    compareSentenceNumber: "Compare sentence {number}",
    writeNote: "Write a note",
    writeNoteShortcut: "Write a note (N)",
    readAloud: "Read aloud",
  },
};
// As the reader does it: the segment as data on the server, the row's HTML from the data on either side.
const rowHtml = (s: SegmentView, c: RowContext = context) => htmlOfRow(rowData(s, versions), c);
const segment = (over: Partial<SegmentView>): SegmentView => ({
  id: "s1",
  index: 0,
  number: 1,
  paragraph: 0,
  kind: "sentence",
  text: "A sentence.",
  revision: 1,
  translations: {},
  ...over,
});

describe("a reader row as HTML", () => {
  it("escapes the text and every attribute", () => {
    const html = rowHtml(segment({ text: `He said "<b>hi</b>" & left.` }), {
      ...context,
      marginLabels: { ...context.marginLabels, compareSentenceNumber: `"><script>{number}` },
    });
    expect(html).toContain("He said &quot;&lt;b&gt;hi&lt;/b&gt;&quot; &amp; left.");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
  });

  it("holds the sentence, each version's translation or its absence, the other script's twin and the margin", () => {
    const html = rowHtml(segment({ translations: { v1: "一句話。" } }), context);
    expect(html.startsWith('<div class="pair" data-pair="s1" data-kind="sentence"><span class="number" aria-hidden="true">1</span>')).toBe(
      true,
    );
    expect(html).toContain('<span class="sentence" lang="en" data-segment-id="s1" tabindex="0"');
    expect(html).toContain('data-version-id="v1" tabindex="-1" aria-describedby="lang-label-v1 notes-of-s1">一句話。</span>');
    expect(html).toContain('lang="zh-Hans" data-segment-id="s1" data-version-id="v1" data-script="hans"');
    expect(html).toContain(">一句话。</span>");
    expect(html).toContain('<span class="missing" data-version-id="v2">No translation</span>');
    expect(html).toContain('<span id="notes-of-s1" hidden=""></span><button type="button" class="margin-count" hidden=""></button>');
    expect(html).toContain('aria-label="Compare sentence 1" title="Compare sentence 1">⇄</button>');
    expect(
      html.endsWith('data-read-aloud="true" aria-pressed="false" aria-label="Read aloud" title="Read aloud"></button></span></div>'),
    ).toBe(true);
  });

  it("lets Tab land on the first sentence only, and numbers only numbered sentences", () => {
    const html = rowHtml(segment({ id: "s2", number: null, kind: "salutation" }), context);
    expect(html).toContain('<span class="number" aria-hidden="true"></span>');
    expect(html).toContain('data-segment-id="s2" tabindex="-1"');
    expect(html).toContain('aria-label="Compare this sentence"');
  });

  it("travels as data: each text once, the twin converted on the server, no markup", () => {
    const data = rowData(segment({ translations: { v1: "一句話。", v2: "Une phrase." } }), versions);
    expect(data.translations).toEqual([{ text: "一句話。", twin: { text: "一句话。" } }, { text: "Une phrase." }]);
    expect(JSON.stringify(data)).not.toContain("<");
  });
});
