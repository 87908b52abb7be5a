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
import { diffText } from "@/lib/diff/diff";
import type { DocumentView } from "@/server/data/documents/get-document";
import type { SegmentComparison } from "@/server/data/translations/get-document-comparison";
import type { TranslationView } from "@/server/data/translations/translation-view";
import { CompareLayer } from "./compare-layer";
import { DiffSide, divergenceColor, divergenceLabel } from "./diff-view";

const ADOPTED = "adopted";

function Tally({ translation }: { translation: TranslationView }) {
  const { up, down } = translation.votes;
  const total = Math.max(up + down, 1);
  return (
    <span className="tally" title={`${up} for, ${down} against`}>
      <span className="tally-bar" aria-hidden="true">
        <span className="tally-up" style={{ width: `${(100 * up) / total}%` }} />
        <span className="tally-down" style={{ width: `${(100 * down) / total}%` }} />
      </span>
      ▲{up} ▼{down}
      {translation.adopted && <span className="adopted-badge">Adopted</span>}
    </span>
  );
}

export function CompareView({ document, segments, a, b }: { document: DocumentView; segments: SegmentComparison[]; a?: string; b?: string }) {
  const anyAdopted = segments.some((s) => s.translations.some((t) => t.adopted));
  const choices = [...document.versions.map((v) => ({ value: v.id, label: v.name })), ...(anyAdopted ? [{ value: ADOPTED, label: "Adopted composite" }] : [])];
  const valid = (v: string | undefined) => (v && choices.some((c) => c.value === v) ? v : undefined);
  const colA = valid(a) ?? choices[0]?.value ?? "";
  const colB = valid(b) ?? choices[1]?.value ?? colA;
  const labelOf = (value: string) => choices.find((c) => c.value === value)?.label ?? value;
  const pick = (s: SegmentComparison, column: string) => (column === ADOPTED ? s.translations.find((t) => t.adopted) : s.translations.find((t) => t.versionId === column));
  const bySegment = new Map(segments.map((s) => [s.segmentId, s]));

  return (
    <article className="compare-view" aria-labelledby="compare-title">
      <p>
        <a href={document.url}>← Back to the reader</a>
      </p>
      <h1 id="compare-title">Compare translations</h1>
      <p className="muted">{document.title}</p>
      <form className="compare-view-controls" method="get" aria-label="Versions to compare">
        <label>
          A
          <select name="a" defaultValue={colA} lang="zh-Hant">
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          B
          <select name="b" defaultValue={colB} lang="zh-Hant">
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button-small">
          Compare
        </button>
        <span className="divergence-key">
          Strip: how far the published versions differ <span aria-hidden="true" /> (pale: agree, deep: differ)
        </span>
      </form>

      <div className="compare-rows" role="table" aria-label={`Sentences with ${labelOf(colA)} (A) and ${labelOf(colB)} (B)`}>
        <div className="compare-row compare-head" role="row">
          <span role="columnheader" aria-label="Divergence" />
          <span role="columnheader">#</span>
          <span role="columnheader">English</span>
          <span role="columnheader" lang="zh-Hant">
            A · {labelOf(colA)}
          </span>
          <span role="columnheader" lang="zh-Hant">
            B · {labelOf(colB)}
          </span>
          <span role="columnheader" aria-label="Open" />
        </div>
        {document.segments.map((segment) => {
          const s = bySegment.get(segment.id)!;
          const ta = pick(s, colA);
          const tb = pick(s, colB);
          const ops = ta && tb ? diffText(ta.text, tb.text) : null;
          const missing = <span className="compare-missing">{colA === ADOPTED || colB === ADOPTED ? "nothing adopted yet" : "not in this version"}</span>;
          return (
            <div className="compare-row" role="row" key={segment.id} data-compare-row={segment.id}>
              <span className="divergence" role="cell" style={{ background: divergenceColor(s.divergence) }} title={`Versions ${divergenceLabel(s.divergence)}`} data-divergence={s.divergence.toFixed(3)}>
                <span className="visually-hidden">Versions {divergenceLabel(s.divergence)}</span>
              </span>
              <span className="number" role="cell" data-number-of={segment.id}>
                {segment.kind === "sentence" ? segment.index : ""}
              </span>
              <span className="en" role="cell" lang="en" data-english-of={segment.id}>
                {segment.text}
              </span>
              <span className="compare-cell" role="cell" data-column="a">
                {ta ? (
                  <>
                    {ops ? <DiffSide ops={ops} side="a" lang="zh-Hant" /> : <span className="diff-text" lang="zh-Hant">{ta.text}</span>}
                    <Tally translation={ta} />
                  </>
                ) : (
                  missing
                )}
              </span>
              <span className="compare-cell" role="cell" data-column="b">
                {tb ? (
                  <>
                    {ops ? <DiffSide ops={ops} side="b" lang="zh-Hant" /> : <span className="diff-text" lang="zh-Hant">{tb.text}</span>}
                    <Tally translation={tb} />
                  </>
                ) : (
                  missing
                )}
              </span>
              <span className="open-cell" role="cell">
                <button type="button" className="margin-compare" data-open-compare={segment.id} aria-label={`Compare all translations of sentence ${segment.index}`} title="All translations, votes and proposals">
                  ⇄
                </button>
              </span>
            </div>
          );
        })}
      </div>
      <CompareLayer margins={false} />
    </article>
  );
}
