/**
 * The whole-letter compare view, rendered on the server: one row per sentence with the English,
 * two chosen renderings across (differences marked, vote tallies as small bars), a divergence strip
 * coloured by how far the published versions of that sentence differ, and a button into the
 * sentence's compare panel. The choice of columns is a plain GET form, so it works without JS.
 *
 * "Adopted" is offered as a column once any sentence has an adopted rendering: the adopted
 * composite of the letter, sentence by sentence.
 */
import "./translations.css";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CLOSE_DISTANCE, renderingPairs } from "@/lib/alignment/rendering-pairs";
import type { WordLink } from "@/lib/alignment/types";
import { diffText, type DiffOp } from "@/lib/diff/diff";
import { distanceOf } from "@/lib/diff/distance";
import type { DocumentView } from "@/lib/documents/types";
import type { SegmentComparison, TranslationView } from "@/lib/translations/types";
import { CompareLayer } from "./compare-layer";
import { DiffSide, divergenceColor } from "./diff-view";
import { RenderingPairs } from "./rendering-pairs-list";

const ADOPTED = "adopted";

/** versionId → segmentId → word links; null while the document is still being aligned. */
export type VersionWordLinks = ReadonlyMap<string, ReadonlyMap<string, WordLink[]>> | null;

type T = Awaited<ReturnType<typeof getTranslations<"CompareView">>>;

function Tally({ translation, t }: { translation: TranslationView; t: T }) {
  const { up, down } = translation.votes;
  const total = Math.max(up + down, 1);
  return (
    <span className="tally" title={t("tally", { up, down })}>
      <span className="tally-bar" aria-hidden="true">
        <span className="tally-up" style={{ width: `${(100 * up) / total}%` }} />
        <span className="tally-down" style={{ width: `${(100 * down) / total}%` }} />
      </span>
      ▲{up} ▼{down}
      {translation.adopted && <span className="adopted-badge">{t("adopted")}</span>}
    </span>
  );
}

type Choice = { value: string; label: string; lang: string };

function ColumnPicker({ name, value, choices }: { name: "a" | "b"; value: string; choices: Choice[] }) {
  return (
    <label>
      {name.toUpperCase()}
      <select name={name} defaultValue={value} lang="zh-Hant">
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One rendering in a row: its text with the differences from the other column marked, and its votes. */
function CompareCell({
  side,
  translation,
  ops,
  missing,
  lang,
  t,
}: {
  side: "a" | "b";
  /** The column's language (a version's script); Traditional for the adopted composite. */
  lang: string;
  translation: TranslationView | undefined;
  ops: DiffOp[] | null;
  missing: ReactNode;
  t: T;
}) {
  return (
    <span className="compare-cell" role="cell" data-column={side}>
      {translation ? (
        <>
          {ops ? (
            <DiffSide ops={ops} side={side} lang={lang} />
          ) : (
            <span className="diff-text" lang={lang}>
              {translation.text}
            </span>
          )}
          <Tally translation={translation} t={t} />
        </>
      ) : (
        missing
      )}
    </span>
  );
}

export async function CompareView({
  document,
  segments,
  a,
  b,
  wordLinks = null,
}: {
  document: DocumentView;
  segments: SegmentComparison[];
  a?: string;
  b?: string;
  wordLinks?: VersionWordLinks;
}) {
  const t = await getTranslations("CompareView");
  const locale = await getLocale();
  const versionsDiffer = (distance: number) => (distance === 0 ? t("versionsIdentical") : t("versionsDiffer", { distance }));
  const anyAdopted = segments.some((s) => s.translations.some((t) => t.adopted));
  // A version's name is Chinese; "Adopted composite" is in the interface language.
  const choices = [
    ...document.versions.map((v) => ({ value: v.id, label: v.name, lang: v.language })),
    ...(anyAdopted ? [{ value: ADOPTED, label: t("adoptedComposite"), lang: locale }] : []),
  ];
  const valid = (v: string | undefined) => (v && choices.some((c) => c.value === v) ? v : undefined);
  const colA = valid(a) ?? choices[0]?.value ?? "";
  const colB = valid(b) ?? choices[1]?.value ?? colA;
  const labelOf = (value: string) => choices.find((c) => c.value === value)?.label ?? value;
  const langOf = (value: string) => choices.find((c) => c.value === value)?.lang;
  const chineseLangOf = (value: string) => document.versions.find((v) => v.id === value)?.language ?? "zh-Hant";
  const pick = (s: SegmentComparison, column: string) =>
    column === ADOPTED ? s.translations.find((t) => t.adopted) : s.translations.find((t) => t.versionId === column);
  const bySegment = new Map(segments.map((s) => [s.segmentId, s]));

  return (
    <article className="tool-page compare-view" aria-labelledby="compare-title">
      <p>
        <a href={document.url}>{t("back")}</a>
      </p>
      <h1 id="compare-title">{t("title")}</h1>
      <p className="muted">{document.title}</p>
      <form className="tool-controls compare-view-controls" method="get" aria-label={t("versionsToCompare")} noValidate>
        <ColumnPicker name="a" value={colA} choices={choices} />
        <ColumnPicker name="b" value={colB} choices={choices} />
        <button type="submit" className="button button-small">
          {t("compare")}
        </button>
        <span className="divergence-key">{t.rich("stripKey", { swatch: () => <span aria-hidden="true" /> })}</span>
      </form>

      <form
        className="tool-controls compare-view-controls"
        method="get"
        action={`${document.url}/concordance`}
        role="search"
        aria-label={t("findTerm")}
      >
        <label>
          {t("findTerm")}
          <input type="search" name="q" maxLength={100} required />
        </label>
        <button type="submit" className="button button-small">
          {t("findButton")}
        </button>
      </form>

      <div className="compare-rows" role="table" aria-label={t("tableLabel", { a: labelOf(colA), b: labelOf(colB) })}>
        <div className="compare-row compare-head" role="row">
          <span role="columnheader" aria-label={t("divergence")} />
          <span role="columnheader">#</span>
          <span role="columnheader">{t("english")}</span>
          <span role="columnheader" lang={langOf(colA)}>
            A · {labelOf(colA)}
          </span>
          <span role="columnheader" lang={langOf(colB)}>
            B · {labelOf(colB)}
          </span>
          <span role="columnheader" aria-label={t("open")} />
        </div>
        {document.segments.map((segment) => {
          const s = bySegment.get(segment.id)!;
          const ta = pick(s, colA);
          const tb = pick(s, colB);
          const diff = ta && tb ? diffText(ta.text, tb.text) : null;
          const linksOf = (x: TranslationView | undefined) =>
            x?.kind === "published" && x.versionId ? wordLinks?.get(x.versionId)?.get(segment.id) : undefined;
          const [la, lb] = [linksOf(ta), linksOf(tb)];
          // Two published versions that differ more than a little: what each made of each word says more than a character diff.
          const pairs =
            ta && tb && la && lb && diff && distanceOf(diff) > CLOSE_DISTANCE
              ? renderingPairs(segment.text, { zh: ta.text, links: la }, { zh: tb.text, links: lb })
              : [];
          const ops = pairs.length > 0 ? null : diff;
          const missing = (
            <span className="compare-missing">{colA === ADOPTED || colB === ADOPTED ? t("nothingAdopted") : t("notInVersion")}</span>
          );
          return (
            <div className="compare-row" role="row" key={segment.id} data-compare-row={segment.id}>
              <span
                className="divergence"
                role="cell"
                style={{ background: divergenceColor(s.divergence) }}
                title={versionsDiffer(s.divergence)}
                data-divergence={s.divergence.toFixed(3)}
              >
                <span className="visually-hidden">{versionsDiffer(s.divergence)}</span>
              </span>
              <span className="number" role="cell" data-number-of={segment.id}>
                {segment.number ?? ""}
              </span>
              <span className="en" role="cell" lang="en" data-english-of={segment.id}>
                {segment.text}
                {pairs.length > 0 && (
                  <RenderingPairs pairs={pairs} langA={chineseLangOf(colA)} langB={chineseLangOf(colB)} label={t("renderingsLabel")} />
                )}
              </span>
              <CompareCell side="a" translation={ta} ops={ops} missing={missing} lang={chineseLangOf(colA)} t={t} />
              <CompareCell side="b" translation={tb} ops={ops} missing={missing} lang={chineseLangOf(colB)} t={t} />
              <span className="open-cell" role="cell">
                <button
                  type="button"
                  className="margin-compare"
                  data-open-compare={segment.id}
                  aria-label={t("compareAll", { number: segment.number ?? segment.index })}
                  title={t("compareAllTitle")}
                >
                  ⇄
                </button>
              </span>
            </div>
          );
        })}
      </div>
      <CompareLayer />
    </article>
  );
}
