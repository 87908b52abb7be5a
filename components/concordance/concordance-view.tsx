/**
 * The concordance page, rendered on the server: a plain GET form (works without JS), then how
 * each version renders the term ("board → 董事會 ×6 · 董事 ×2", flagged when a version uses
 * more than one rendering), then every sentence holding it with the term and each version's
 * rendering marked.
 */
import "./concordance.css";
import { getTranslations } from "next-intl/server";
import type { DocumentView } from "@/lib/documents/types";
import type { Concordance } from "@/lib/concordance/search";
import { markShown, markSpan, type MarkedText } from "@/lib/concordance/shown";
import { toSimplified, toTraditional } from "@/lib/script/convert";
import { languageOfScript, scriptOfLanguage, type Script } from "@/lib/script/script";

function Marked({ text, lang }: { text: MarkedText; lang: string }) {
  return (
    <span lang={lang}>
      {text.before}
      {text.marked && <mark>{text.marked}</mark>}
      {text.after}
    </span>
  );
}

export async function ConcordanceView({
  document,
  q,
  result,
  invalid,
  shownScript,
}: {
  document: DocumentView;
  q: string;
  result: Concordance | null;
  invalid: boolean;
  /** The script the Chinese is shown in (the interface's, or the query's when typed in Simplified); null: as stored. */
  shownScript: Script | null;
}) {
  const t = await getTranslations("Concordance");
  const versions = document.versions;
  const stored = (versionId: string) => scriptOfLanguage(versions.find((v) => v.id === versionId)?.language);
  const shown = (versionId: string) => shownScript ?? stored(versionId);
  const convert = (text: string, versionId: string) =>
    stored(versionId) === shown(versionId) ? text : shown(versionId) === "hans" ? toSimplified(text) : toTraditional(text);
  const segments = new Map(document.segments.map((s) => [s.id, s]));
  const langOf = (versionId: string) => languageOfScript(shown(versionId));
  return (
    <article className="tool-page concordance" aria-labelledby="concordance-title">
      <p>
        <a href={document.url}>{t("back")}</a> · <a href={`${document.url}/compare`}>{t("compare")}</a>
      </p>
      <h1 id="concordance-title">{t("title")}</h1>
      <p className="muted">{document.title}</p>
      <form className="tool-controls concordance-form" method="get" role="search" aria-label={t("searchLabel")}>
        <label>
          {t("term")}
          <input type="search" name="q" defaultValue={q} maxLength={100} required />
        </label>
        <button type="submit" className="button button-small">
          {t("find")}
        </button>
      </form>
      {invalid && (
        <p className="field-error" role="alert">
          {t("invalidTerm")}
        </p>
      )}
      {result && (
        <>
          <p role="status">
            {result.truncated ? t("countCut", { total: result.total, shown: result.hits.length }) : t("count", { total: result.total })}
          </p>
          {result.renderings.length > 0 && (
            <section aria-labelledby="tally-title">
              <h2 id="tally-title">{t("renderingsTitle")}</h2>
              <ul className="concordance-tallies">
                {versions.map((v) => {
                  const tally = result.renderings.filter((r) => r.versionId === v.id);
                  if (tally.length === 0) return null;
                  return (
                    <li key={v.id} data-tally-of={v.id}>
                      <span lang={v.language}>{v.name}</span>: <span lang={result.language === "en" ? "en" : langOf(v.id)}>{q}</span> →{" "}
                      <span lang={langOf(v.id)}>{tally.map((r) => `${convert(r.text, v.id)} ×${r.count}`).join(" · ")}</span>
                      {result.inconsistent.includes(v.id) && <span className="concordance-flag"> {t("inconsistent")}</span>}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          <ol className="concordance-hits" aria-label={t("hitsLabel")}>
            {result.hits.map((hit, i) => {
              const segment = segments.get(hit.segmentId);
              if (!segment) return null;
              return (
                <li key={`${hit.segmentId}-${i}`} data-hit-of={hit.segmentId}>
                  <p className="concordance-en">
                    <span className="number">{segment.number ?? ""}</span> <Marked text={markSpan(segment.text, hit.en)} lang="en" />
                  </p>
                  {versions.map((v) => {
                    const text = segment.translations[v.id];
                    if (text === undefined) return null;
                    const r = hit.renderings.find((x) => x.versionId === v.id);
                    const marked = r ? markShown(text, r.zh, stored(v.id), shown(v.id)) : markSpan(convert(text, v.id), null);
                    return (
                      <p key={v.id} className="concordance-zh" data-rendering-of={v.id}>
                        <span className="version-name" lang={v.language}>
                          {v.name}
                        </span>{" "}
                        <Marked text={marked} lang={langOf(v.id)} />
                        {!r && <span className="muted"> {t("notLinked")}</span>}
                      </p>
                    );
                  })}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </article>
  );
}
