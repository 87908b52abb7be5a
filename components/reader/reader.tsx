/**
 * The bilingual reader: English and one Chinese version side by side, sentence by sentence.
 *
 * Every version's text is in the HTML and the reading options are real radio buttons; CSS
 * (`:has()`) shows the chosen layout and version. So the page is the same static HTML for every
 * reader, works with JavaScript off, and switching is instant. The client script only remembers
 * choices and pairs sentences on hover and focus.
 */
import { Fragment } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DocumentView, SegmentView } from "@/lib/documents/types";
import { AnnotationLayer } from "@/components/annotations/annotation-layer";
import { firstScreenNotesScript } from "@/components/annotations/first-screen-notes";
import { CompareLayer } from "@/components/translations/compare-layer";
import { ClassOnlyTextProvider } from "@/components/classes/my-classes-context";
import { LONG_TEXT, LONG_TEXT_SENTENCES } from "@/components/reader-contract";
import { WordLinkLayer } from "@/components/word-links/word-link-layer";
import { ReadingAidsLayer } from "@/components/reading-aids/reading-aids-layer";
import { ReaderExports, studySheetHref } from "@/components/export/reader-exports";
import { OwnerEditLink } from "./owner-edit-link";
import { ReadingOptions } from "./reading-options";
import { marginLabelsOf } from "./margin-labels";
import type { RowContext } from "./reader-rows";
import { rowData } from "./reader-row-data";
import { ReaderParagraphs } from "./reader-paragraphs";
import { ReaderInteractions } from "./reader-interactions";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { otherScript, scriptOfLanguage } from "@/lib/script/script";
import { LAYOUTS, restorePreferencesScript } from "./reader-preferences";
import { scriptCss } from "./script-css";
import { versionCss } from "./version-css";
import "./reader.css";

/**
 * A long text's page holds its paragraphs up to this many sentences, several screens even on a
 * phone; the browser fills in the rest before the layers start (reader-paragraphs.tsx).
 */
const SENTENCES_IN_PAGE = 60;

/** How many paragraphs, from the first, go into the page's HTML, and how many sentences they hold. */
function inPageOf(paragraphs: SegmentView[][], sentences: number): { paragraphs: number; sentences: number } {
  if (sentences <= LONG_TEXT_SENTENCES) return { paragraphs: paragraphs.length, sentences };
  let rows = 0;
  const index = paragraphs.findIndex((paragraph) => (rows += paragraph.length) >= SENTENCES_IN_PAGE);
  return index === -1 ? { paragraphs: paragraphs.length, sentences } : { paragraphs: index + 1, sentences: rows };
}

function paragraphsOf(segments: SegmentView[]): SegmentView[][] {
  const paragraphs: SegmentView[][] = [];
  for (const segment of segments) {
    const last = paragraphs.at(-1);
    if (last && last[0]!.paragraph === segment.paragraph) last.push(segment);
    else paragraphs.push([segment]);
  }
  return paragraphs;
}

interface ReaderProps {
  document: DocumentView;
  /** What is drawn over the text; the reader's own notes layer by default (a share link passes a read-only one). */
  layer?: React.ReactNode;
  /** Fixed reading choices (a share link's view): chosen instead of what the browser remembers. */
  preferences?: { layout?: string | null; version?: string | null };
  /** "Edit text" in the header: "owner" shows it (the page knows the viewer owns the text); "ask" asks once signed in (a static page). */
  editLink?: "owner" | "ask";
  /** Message namespaces the `layer` needs besides the reader's own. */
  layerNamespaces?: readonly string[];
}

const READER_CLIENT_NAMESPACES = [
  "Annotations",
  "KeyboardAnnouncements",
  "Notes",
  "Share",
  "Compare",
  "Orphans",
  "PrintNotes",
  "ReadingAids",
] as const;

export async function Reader({ document, layer, preferences, editLink, layerNamespaces = [] }: ReaderProps) {
  const t = await getTranslations("Reader");
  const k = await getTranslations("Keyboard");
  const format = await getFormatter();
  // The text opens in the interface's script until the reader picks one (remembered, or ?script=).
  const scriptChoice = (await getLocale()) === "zh-Hans" ? "hans" : "hant";
  const { versions, segments } = document;
  const layoutChoice = LAYOUTS.some((l) => l.value === preferences?.layout) ? preferences!.layout : LAYOUTS[0].value;
  const versionChoice = versions.some((v) => v.id === preferences?.version) ? preferences!.version : versions[0]?.id;
  const paragraphs = paragraphsOf(segments);
  const inPage = inPageOf(paragraphs, segments.length);
  const rowContext: RowContext = {
    language: document.language,
    versions: versions.map((v) => ({ id: v.id, language: v.language })),
    firstSegmentId: segments[0]?.id,
    missing: t("missing"),
    marginLabels: await marginLabelsOf(),
  };
  return (
    <article className="reader" aria-labelledby="document-title">
      <style>{versionCss(versions) + "\n" + scriptCss}</style>
      <header className="reader-header">
        <h1 id="document-title">{document.title}</h1>
        <p className="reader-meta">
          {document.publishedOn && (
            <time dateTime={document.publishedOn}>{format.dateTime(new Date(document.publishedOn), { dateStyle: "long" })}</time>
          )}
          {document.publishedOn && " · "}
          {t("meta", { sentences: segments.length, versions: versions.length })}
          {/* Comparing the whole text needs two versions; one sentence's proposals are compared from its margin. */}
          {versions.length > 1 && (
            <>
              {" · "}
              <a href={`${document.url}/compare`}>{t("compareTranslations")}</a>
            </>
          )}
          {editLink === "owner" && (
            <>
              {" · "}
              <a href={`/documents/${encodeURIComponent(document.slug)}/edit`}>{t("editText")}</a>
            </>
          )}
          {editLink === "ask" && <OwnerEditLink slug={document.slug} label={t("editText")} />}
        </p>
        <details className="about">
          <summary>{t("about")}</summary>
          <dl>
            <dt>{t("source")}</dt>
            <dd>{document.source}</dd>
            <dt>{t("provenance")}</dt>
            <dd>{document.provenance}</dd>
            <dt>{t("licence")}</dt>
            <dd>{document.licence}</dd>
            {versions.map((v) => (
              <div key={v.id}>
                <dt lang={v.language}>{v.name}</dt>
                <dd>{v.attribution}</dd>
              </div>
            ))}
          </dl>
        </details>
        <ReaderExports
          documentSlug={document.slug}
          labels={{ exports: t("exports"), markdown: t("exportMarkdown"), jsonLd: t("exportJsonLd"), print: t("print") }}
        />
      </header>

      <ReadingOptions
        versions={versions}
        sentences={segments.length}
        layoutChoice={layoutChoice ?? LAYOUTS[0].value}
        versionChoice={versionChoice ?? undefined}
        scriptChoice={scriptChoice}
      />
      {/* Applies remembered choices before the text paints, so it does not jump after hydration. */}
      {!preferences && <script dangerouslySetInnerHTML={{ __html: restorePreferencesScript }} />}

      {/* What a screen reader says after each sentence: its language, then its notes (filled in by the notes layer). */}
      <div hidden>
        <span id="reader-keys-hint">{k("letterHint")}</span>
        <span id="lang-label-en">{document.language === "en" ? k("english") : k("otherLanguage", { language: document.language })}</span>
        {versions.map((v) => (
          <Fragment key={v.id}>
            <span id={`lang-label-${v.id}`}>{k("chinese", { version: v.name })}</span>
            <span id={`lang-label-${v.id}-${otherScript(scriptOfLanguage(v.language))}`}>
              {k(scriptOfLanguage(v.language) === "hans" ? "traditional" : "simplified", { version: v.name })}
            </span>
          </Fragment>
        ))}
      </div>
      <div
        className="reader-text"
        data-reader-text
        {...(segments.length > LONG_TEXT_SENTENCES ? { [LONG_TEXT]: "" } : {})}
        role="region"
        aria-label={k("letterRegion")}
        aria-describedby="reader-keys-hint"
      >
        <ReaderParagraphs
          paragraphs={paragraphs.map((paragraph) => ({
            number: paragraph[0]!.paragraph,
            rows: paragraph.map((segment) => rowData(segment, versions)),
          }))}
          context={rowContext}
          inPage={inPage.paragraphs}
        />
      </div>
      {inPage.paragraphs < paragraphs.length && (
        <noscript>
          {/* The paragraphs the browser would have filled in keep no room on a page without scripts. */}
          <style>{".reader-text .paragraph:empty { display: none; }"}</style>
          <p className="reader-noscript">
            {t.rich("restWithScript", {
              shown: inPage.sentences,
              total: segments.length,
              sheet: (chunks) => <a href={studySheetHref(document.slug)}>{chunks}</a>,
            })}
          </p>
        </noscript>
      )}
      {/* The notes on the first screen of a long text, asked for now rather than after hydration. */}
      {!layer && <script dangerouslySetInnerHTML={{ __html: firstScreenNotesScript(document.slug) }} />}
      <ReaderInteractions />
      {/* Only the layers' own strings go to the browser; the text above is translated here. */}
      <ClientMessages namespaces={[...READER_CLIENT_NAMESPACES, ...layerNamespaces]}>
        {layer ?? <AnnotationLayer documentSlug={document.slug} classReadable={document.classReadable} classOnly={document.classOnly} />}
        <ClassOnlyTextProvider classId={document.classOnly?.id ?? null}>
          <CompareLayer />
        </ClassOnlyTextProvider>
        <WordLinkLayer />
        <ReadingAidsLayer documentSlug={document.slug} />
      </ClientMessages>
    </article>
  );
}
