/**
 * The reader's rows (a sentence, its translations, its margin) as HTML strings: the reader sets a
 * paragraph's rows as that paragraph's inner HTML (reader.tsx).
 *
 * What a Server Component renders reaches the browser twice, as HTML and again in the RSC payload
 * as a tree of elements that React rebuilds and hydrates one by one: on a 1,000-sentence page some
 * 15,000 elements, parsed and hydrated before any layer could ask for notes (BENCHMARKS.md, "The big
 * document"). Nothing in a row belongs to React once it is on the page (the layers fill the margins
 * and paint over the text through the DOM: reader-contract.ts), so a paragraph's rows go as one
 * string, which the payload carries as one value and hydration leaves alone.
 */
import type { SegmentView, VersionView } from "@/lib/documents/types";
import { convertScript } from "@/lib/script/convert";
import { encodeOffsetMap } from "@/lib/script/offset-map";
import { languageOfScript, otherScript, scriptOfLanguage } from "@/lib/script/script";
import { element, text } from "./html-element";
import { SENTENCE_KEYSHORTCUTS } from "./reader-labels";
import { sentenceMarginHtml, type MarginLabels } from "./sentence-margin";

export interface RowContext {
  /** The English (or source) text's language. */
  language: string;
  versions: VersionView[];
  /** The sentence Tab lands on: the first. */
  firstSegmentId: string | undefined;
  /** What a row says where a version has no translation of the sentence. */
  missing: string;
  marginLabels: MarginLabels;
}

/**
 * A Chinese translation in the script it is not stored in: `data-script` names the script shown,
 * `data-offsets` the phrases whose length changed (lib/script/offset-map.ts), so the client maps
 * anchors between this element and the canonical one. Conversions are memoised by text.
 */
function convertedTwinHtml(segmentId: string, version: VersionView, translation: string): string {
  if (!version.language.startsWith("zh")) return "";
  const canonical = scriptOfLanguage(version.language);
  const shown = otherScript(canonical);
  const { text: converted, map } = convertScript(translation, canonical, shown);
  return element(
    "span",
    {
      class: "sentence",
      lang: languageOfScript(shown),
      "data-segment-id": segmentId,
      "data-version-id": version.id,
      "data-script": shown,
      "data-offsets": map.length ? encodeOffsetMap(map) : undefined,
      tabindex: -1,
      "aria-describedby": `lang-label-${version.id}-${shown} notes-of-${segmentId}`,
    },
    text(converted),
  );
}

function translationsHtml(segment: SegmentView, { versions, missing }: RowContext): string {
  return versions
    .map((v) => {
      const translation = segment.translations[v.id];
      if (translation === undefined) return element("span", { class: "missing", "data-version-id": v.id }, text(missing));
      return (
        element(
          "span",
          {
            class: "sentence",
            lang: v.language,
            "data-segment-id": segment.id,
            "data-version-id": v.id,
            tabindex: -1,
            "aria-describedby": `lang-label-${v.id} notes-of-${segment.id}`,
          },
          text(translation),
        ) +
        // The same text in the other script, with the offset map its anchors need (lib/script): shown by the 繁/简 switch.
        convertedTwinHtml(segment.id, v, translation)
      );
    })
    .join("");
}

export function rowHtml(segment: SegmentView, context: RowContext): string {
  return element(
    "div",
    { class: "pair", "data-pair": segment.id, "data-kind": segment.kind },
    element("span", { class: "number", "aria-hidden": "true" }, text(segment.number ?? "")) +
      element(
        "span",
        {
          class: "sentence",
          lang: context.language,
          "data-segment-id": segment.id,
          tabindex: segment.id === context.firstSegmentId ? 0 : -1,
          "aria-describedby": `lang-label-en notes-of-${segment.id}`,
          // On the English sentence only, where Tab lands: the same keys work on its translations,
          // and repeating them on every span made the page (and its time to first byte) a third bigger.
          "aria-keyshortcuts": SENTENCE_KEYSHORTCUTS,
        },
        text(segment.text),
      ) +
      element("span", { class: "translation" }, translationsHtml(segment, context)) +
      sentenceMarginHtml(segment.id, segment.number, context.marginLabels),
  );
}
