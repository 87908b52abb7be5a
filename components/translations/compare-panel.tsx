"use client";
/**
 * The per-sentence compare panel: the English sentence, every rendering of it the reader may see
 * (published versions and proposals) with votes and the adopted mark, any two side by side with a
 * grapheme-level diff, and a form to propose, edit or withdraw one's own. Everything is plain text.
 */
import { useTranslations } from "next-intl";
import "./translations.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { liveVote } from "@/components/reader-contract";
import { PAGE_SIZE } from "@/lib/limits";
import { callApi } from "@/components/api-client";
import { DiffSide } from "./diff-view";
import { RenderingPairs } from "./rendering-pairs-list";
import { ProposalForm } from "./proposal-form";
import { useDocumentClass, useFetchMyClasses } from "@/components/classes/my-classes-context";
import type { Audience } from "@/components/ui/audience-choice";
import { type ComparisonResult, type Rendering, type VoteTally } from "./types";
import { VoteButtons } from "./vote-buttons";

interface Props {
  segmentId: string;
  english: string;
  number: string;
  signedIn: boolean;
  onClose: () => void;
}

export function ComparePanel({ segmentId, english, number, signedIn, onClose }: Props) {
  const t = useTranslations("Compare");
  const renderingLabel = (r: Rendering) =>
    r.versionName ?? t(r.mine ? "proposalByYou" : "proposalBy", { name: r.author?.name ?? t("aReader") });
  const [renderings, setRenderings] = useState<Rendering[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [a, setA] = useState<string>("");
  const [b, setB] = useState<string>("");
  const [comparison, setComparison] = useState<ComparisonResult | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [canAdopt, setCanAdopt] = useState(false);
  const myClasses = useFetchMyClasses(signedIn);
  // On a class-only text a proposal is for oneself or that class only (the server refuses the rest).
  const documentClass = useDocumentClass();
  const classes = useMemo(() => (documentClass ? myClasses.filter((c) => c.id === documentClass) : myClasses), [documentClass, myClasses]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useDialogFocus(panelRef, { trap: true, initial: headingRef });

  const load = useCallback(async () => {
    const result = await callApi<{ translations: Rendering[]; canAdopt: boolean }>(
      `/api/segments/${encodeURIComponent(segmentId)}/translations?limit=${PAGE_SIZE.max}`,
    );
    if (!result.ok) return setError(t("couldNotLoad", { error: result.error }));
    setError(null);
    setCanAdopt(result.data.canAdopt);
    const list = result.data.translations;
    setRenderings(list);
    setA((current) => (list.some((r) => r.id === current) ? current : (list[0]?.id ?? "")));
    setB((current) => (list.some((r) => r.id === current) ? current : (list[1]?.id ?? list[0]?.id ?? "")));
  }, [segmentId, t]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading from the API when the panel opens
    void load();
  }, [load]);

  // Votes cast by others arrive live (the reader's event stream re-dispatches them on window).
  useEffect(() => {
    return liveVote.listen(({ translationId, votes }) =>
      setRenderings((list) => list?.map((r) => (r.id === translationId ? { ...r, votes } : r)) ?? list),
    );
  }, []);

  useEffect(() => {
    if (!a || !b) return;
    let stale = false;
    void callApi<ComparisonResult>(
      `/api/segments/${encodeURIComponent(segmentId)}/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
    ).then((result) => {
      if (stale) return;
      if (result.ok) setComparison(result.data);
      else setError(t("couldNotCompare", { error: result.error }));
    });
    return () => {
      stale = true;
    };
  }, [segmentId, a, b, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const vote = async (rendering: Rendering, value: 1 | -1 | 0) => {
    setBusy(rendering.id);
    const result = await callApi<{ votes: VoteTally }>(`/api/translations/${encodeURIComponent(rendering.id)}/votes`, {
      method: "POST",
      json: { value },
    });
    setBusy(null);
    if (!result.ok) return setStatus(t("voteNotSaved", { error: result.error }));
    setRenderings((list) => list?.map((r) => (r.id === rendering.id ? { ...r, votes: result.data.votes } : r)) ?? null);
    setStatus(value === 0 ? t("voteRemoved") : t("voteSaved"));
  };

  const propose = async (text: string, audience: Audience) => {
    const result = await callApi<{ id: string }>("/api/translations", { method: "POST", json: { segmentId, text, ...audience } });
    if (!result.ok) return result.error;
    await load();
    setB(result.data.id);
    setStatus(t("proposalSaved"));
    return null;
  };

  const edit = async (id: string, text: string) => {
    const result = await callApi(`/api/translations/${encodeURIComponent(id)}`, { method: "PATCH", json: { text } });
    if (!result.ok) return result.error;
    setEditing(null);
    await load();
    setComparison(null);
    setStatus(t("proposalUpdated"));
    return null;
  };

  const withdraw = async (id: string) => {
    if (!window.confirm(t("confirmWithdraw"))) return;
    const result = await callApi(`/api/translations/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (!result.ok) return setStatus(t("notWithdrawn", { error: result.error }));
    await load();
    setStatus(t("withdrawn"));
  };

  const adopt = async (rendering: Rendering) => {
    const path = `/api/segments/${encodeURIComponent(segmentId)}/adoption`;
    const result = rendering.adopted
      ? await callApi(`${path}?scope=document`, { method: "DELETE" })
      : await callApi(path, { method: "POST", json: { translationId: rendering.id } });
    if (!result.ok) return setStatus(t("notChanged", { error: result.error }));
    await load();
    setStatus(rendering.adopted ? t("noneAdopted") : t("isAdopted", { label: renderingLabel(rendering) }));
  };

  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label className="compare-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={t("translation", { side: label })}>
        {renderings?.map((r) => (
          <option key={r.id} value={r.id}>
            {renderingLabel(r)}
          </option>
        ))}
      </select>
    </label>
  );
  const mine = renderings?.filter((r) => r.mine) ?? [];

  return (
    <aside className="side-panel compare-panel" role="dialog" aria-modal="true" aria-labelledby="compare-panel-title" ref={panelRef}>
      <header className="compare-panel-header">
        <h2 id="compare-panel-title" tabIndex={-1} ref={headingRef}>
          {t("title", { where: number })}
        </h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose} aria-label={t("close")}>
          ✕
        </button>
      </header>
      <div className="compare-panel-body">
        <p className="compare-english" lang="en">
          {english}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}{" "}
            <button type="button" className="link-button" onClick={() => void load()}>
              {t("tryAgain")}
            </button>
          </p>
        )}
        {!renderings && !error && <p className="muted">{t("loading")}</p>}
        {renderings && renderings.length > 1 && (
          <section aria-label={t("differences")} className="compare-diff">
            <div className="compare-picks">
              {picker("A", a, setA)}
              {picker("B", b, setB)}
            </div>
            {comparison && comparison.a.id === a && comparison.b.id === b && (
              <>
                <div className="compare-sides">
                  <div className="compare-side" data-side="a">
                    <h3>A · {comparison.a.label}</h3>
                    <DiffSide ops={comparison.ops} side="a" lang="zh-Hant" />
                  </div>
                  <div className="compare-side" data-side="b">
                    <h3>B · {comparison.b.label}</h3>
                    <DiffSide ops={comparison.ops} side="b" lang="zh-Hant" />
                  </div>
                </div>
                {comparison.pairs && (
                  <RenderingPairs pairs={comparison.pairs} langA="zh-Hant" langB="zh-Hant" label={t("renderingsLabel")} />
                )}
                <p className="compare-legend">
                  <del className="diff-del">{t("onlyInA")}</del> <ins className="diff-ins">{t("onlyInB")}</ins> ·{" "}
                  {comparison.distance === 0 ? t("identical") : t("divergence", { percent: comparison.distance })}
                </p>
              </>
            )}
          </section>
        )}
        {renderings && (
          <section aria-labelledby="renderings-title">
            <h3 id="renderings-title" className="compare-subtitle">
              {t("allRenderings", { count: renderings.length })}
            </h3>
            <ul className="renderings">
              {renderings.map((r) => (
                <li key={r.id} className="rendering" data-kind={r.kind} data-translation-id={r.id}>
                  <div className="rendering-head">
                    <span className="rendering-label">{renderingLabel(r)}</span>
                    {r.adopted && <span className="adopted-badge">{t("adopted")}</span>}
                    {r.mine && r.visibility && r.visibility !== "public" && (
                      <span className="badge">{r.visibility === "private" ? t("audienceOnlyYou") : t("audienceClass")}</span>
                    )}
                    <VoteButtons
                      votes={r.votes}
                      label={renderingLabel(r)}
                      signedIn={signedIn}
                      busy={busy === r.id}
                      onVote={(value) => void vote(r, value)}
                    />
                  </div>
                  {editing === r.id ? (
                    <ProposalForm
                      initial={r.text}
                      submitLabel={t("save")}
                      onSubmit={(text) => edit(r.id, text)}
                      onCancel={() => setEditing(null)}
                    />
                  ) : (
                    <p className="rendering-text" lang="zh-Hant">
                      {r.text}
                    </p>
                  )}
                  {canAdopt && (
                    <div className="rendering-actions">
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        aria-pressed={r.adopted}
                        onClick={() => void adopt(r)}
                      >
                        {r.adopted ? t("liftAdoption") : t("markAdopted")}
                      </button>
                    </div>
                  )}
                  {r.mine && editing !== r.id && (
                    <div className="rendering-actions">
                      <button type="button" className="button button-small button-quiet" onClick={() => setEditing(r.id)}>
                        {t("edit")}
                      </button>
                      <button type="button" className="button button-small button-quiet" onClick={() => void withdraw(r.id)}>
                        {t("withdraw")}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {signedIn ? (
          renderings && <ProposalForm submitLabel={mine.length ? t("proposeAnother") : t("propose")} onSubmit={propose} classes={classes} />
        ) : (
          <p className="muted">
            {t.rich("signInToPropose", {
              signIn: (chunks) => (
                <a
                  href={`/signin?callbackUrl=${encodeURIComponent(typeof location === "undefined" ? "/" : location.pathname + location.search)}`}
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </aside>
  );
}
