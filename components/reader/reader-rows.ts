/**
 * The reader's rows (a sentence, its translations, its margin) as HTML strings, built from a
 * compact form of the text (`RowData`) on the server and, for hydration, in the browser.
 *
 * What a Server Component renders reaches the browser twice, as HTML and again in the RSC payload.
 * As a tree of elements, React rebuilt and hydrated some 15,000 of them on a 1,000-sentence page
 * (BENCHMARKS.md, "The big document"); as one HTML string per paragraph, the payload carried every
 * row's markup a second time, each id ten times over, a third of the letter's page. So the payload
 * now carries each row as data, its text once, and the client component that renders the
 * paragraphs (reader-paragraphs.tsx) builds the same string from it. Nothing in a row belongs to
 * React once it is on the page (the layers fill the margins and paint over the text through the
 * DOM: reader-contract.ts), and hydration leaves a paragraph's inner HTML alone.
 *
 * Pure and small: the conversion to the other script is done on the server (reader-row-data.ts).
 */
import { languageOfScript, otherScript, scriptOfLanguage } from "@/lib/script/script";
import { element, text } from "./html-element";
import { SENTENCE_KEYSHORTCUTS } from "./reader-labels";
import { sentenceMarginHtml, type MarginLabels } from "./sentence-margin";

/** A translation of a sentence, and the same text in the script it is not stored in (Chinese only). */
export interface TranslationData {
  text: string;
  /** The other script's text, and its offset map to the canonical text (lib/script/offset-map.ts) when a phrase's length changed. */
  twin?: { text: string; offsets?: string };
}

/** One row: a sentence and its translations, one per version of the context, in its order (null where a version has none). */
export interface RowData {
  id: string;
  number: number | null;
  kind: string;
  text: string;
  translations: (TranslationData | null)[];
}

export interface RowContext {
  /** The English (or source) text's language. */
  language: string;
  versions: { id: string; language: string }[];
  /** The sentence Tab lands on: the first. */
  firstSegmentId: string | undefined;
  /** What a row says where a version has no translation of the sentence. */
  missing: string;
  marginLabels: MarginLabels;
}

function translationHtml(row: RowData, version: RowContext["versions"][number], translation: TranslationData): string {
  const html = element(
    "span",
    {
      class: "sentence",
      lang: version.language,
      "data-segment-id": row.id,
      "data-version-id": version.id,
      tabindex: -1,
      "aria-describedby": `lang-label-${version.id} notes-of-${row.id}`,
    },
    text(translation.text),
  );
  if (!translation.twin) return html;
  // The same text in the other script: `data-script` names the script shown, `data-offsets` the
  // phrases whose length changed, so the client maps anchors to the canonical element. Shown by the 繁/简 switch.
  const shown = otherScript(scriptOfLanguage(version.language));
  return (
    html +
    element(
      "span",
      {
        class: "sentence",
        lang: languageOfScript(shown),
        "data-segment-id": row.id,
        "data-version-id": version.id,
        "data-script": shown,
        "data-offsets": translation.twin.offsets,
        tabindex: -1,
        "aria-describedby": `lang-label-${version.id}-${shown} notes-of-${row.id}`,
      },
      text(translation.twin.text),
    )
  );
}

export function rowHtml(row: RowData, context: RowContext): string {
  return element(
    "div",
    { class: "pair", "data-pair": row.id, "data-kind": row.kind },
    element("span", { class: "number", "aria-hidden": "true" }, text(row.number ?? "")) +
      element(
        "span",
        {
          class: "sentence",
          lang: context.language,
          "data-segment-id": row.id,
          tabindex: row.id === context.firstSegmentId ? 0 : -1,
          "aria-describedby": `lang-label-en notes-of-${row.id}`,
          // On the English sentence only, where Tab lands: the same keys work on its translations,
          // and repeating them on every span made the page (and its time to first byte) a third bigger.
          "aria-keyshortcuts": SENTENCE_KEYSHORTCUTS,
        },
        text(row.text),
      ) +
      element(
        "span",
        { class: "translation" },
        context.versions
          .map((version, i) => {
            const translation = row.translations[i];
            return translation
              ? translationHtml(row, version, translation)
              : element("span", { class: "missing", "data-version-id": version.id }, text(context.missing));
          })
          .join(""),
      ) +
      sentenceMarginHtml(row.id, row.number, context.marginLabels),
  );
}
