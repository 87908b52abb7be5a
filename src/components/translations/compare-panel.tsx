"use client";
/**
 * The per-sentence compare panel: the English sentence, every rendering of it the reader may see
 * (published versions and proposals) with votes and the adopted mark, any two side by side with a
 * grapheme-level diff, and a form to propose, edit or withdraw one's own. Everything is plain text.
 */
import "./translations.css";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDialogFocus } from "@/components/ui/use-dialog-focus";
import { LIVE_VOTE_EVENT } from "@/components/annotations/use-live-annotations";
import { callApi } from "@/components/annotations/api-client";
import { DiffSide, divergenceLabel } from "./diff-view";
import { ProposalForm } from "./proposal-form";
import { renderingLabel, type ComparisonResult, type Rendering, type VoteTally } from "./types";
import { VoteButtons } from "./vote-buttons";

interface Props {
  segmentId: string;
  english: string;
  number: string;
  signedIn: boolean;
  onClose: () => void;
}

export function ComparePanel({ segmentId, english, number, signedIn, onClose }: Props) {
  const [renderings, setRenderings] = useState<Rendering[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [a, setA] = useState<string>("");
  const [b, setB] = useState<string>("");
  const [comparison, setComparison] = useState<ComparisonResult | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [canAdopt, setCanAdopt] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  useDialogFocus(panelRef, { trap: true, initial: headingRef });

  const load = useCallback(async () => {
    const result = await callApi<{ translations: Rendering[]; canAdopt: boolean }>(`/api/segments/${encodeURIComponent(segmentId)}/translations`);
    if (!result.ok) return setError(`Could not load the translations: ${result.error}`);
    setError(null);
    setCanAdopt(result.data.canAdopt);
    const list = result.data.translations;
    setRenderings(list);
    setA((current) => (list.some((r) => r.id === current) ? current : (list[0]?.id ?? "")));
    setB((current) => (list.some((r) => r.id === current) ? current : (list[1]?.id ?? list[0]?.id ?? "")));
  }, [segmentId]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loading from the API when the panel opens
    void load();
  }, [load]);

  // Votes cast by others arrive live (the reader's event stream re-dispatches them on window).
  useEffect(() => {
    const onVote = (event: Event) => {
      const { translationId, votes } = (event as CustomEvent<{ translationId: string; segmentId: string; votes: Rendering["votes"] }>).detail;
      setRenderings((list) => list?.map((r) => (r.id === translationId ? { ...r, votes } : r)) ?? list);
    };
    window.addEventListener(LIVE_VOTE_EVENT, onVote);
    return () => window.removeEventListener(LIVE_VOTE_EVENT, onVote);
  }, []);

  useEffect(() => {
    if (!a || !b) return;
    let stale = false;
    void callApi<ComparisonResult>(`/api/segments/${encodeURIComponent(segmentId)}/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`).then((result) => {
      if (stale) return;
      if (result.ok) setComparison(result.data);
      else setError(`Could not compare: ${result.error}`);
    });
    return () => {
      stale = true;
    };
  }, [segmentId, a, b]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const vote = async (rendering: Rendering, value: 1 | -1 | 0) => {
    setBusy(rendering.id);
    const result = await callApi<{ votes: VoteTally }>(`/api/translations/${encodeURIComponent(rendering.id)}/votes`, { method: "POST", json: { value } });
    setBusy(null);
    if (!result.ok) return setStatus(`Vote not saved: ${result.error}`);
    setRenderings((list) => list?.map((r) => (r.id === rendering.id ? { ...r, votes: result.data.votes } : r)) ?? null);
    setStatus(value === 0 ? "Vote removed." : "Vote saved.");
  };

  const propose = async (text: string) => {
    const result = await callApi<{ id: string }>("/api/translations", { method: "POST", json: { segmentId, text } });
    if (!result.ok) return result.error;
    await load();
    setB(result.data.id);
    setStatus("Your translation is saved and shown to everyone.");
    return null;
  };

  const edit = async (id: string, text: string) => {
    const result = await callApi(`/api/translations/${encodeURIComponent(id)}`, { method: "PATCH", json: { text } });
    if (!result.ok) return result.error;
    setEditing(null);
    await load();
    setComparison(null);
    setStatus("Your translation is updated.");
    return null;
  };

  const withdraw = async (id: string) => {
    if (!window.confirm("Withdraw your translation? Nobody will see it any more.")) return;
    const result = await callApi(`/api/translations/${encodeURIComponent(id)}`, { method: "DELETE" });
    if (!result.ok) return setStatus(`Not withdrawn: ${result.error}`);
    await load();
    setStatus("Your translation is withdrawn.");
  };

  const adopt = async (rendering: Rendering) => {
    const path = `/api/segments/${encodeURIComponent(segmentId)}/adoption`;
    const result = rendering.adopted ? await callApi(`${path}?scope=document`, { method: "DELETE" }) : await callApi(path, { method: "POST", json: { translationId: rendering.id } });
    if (!result.ok) return setStatus(`Not changed: ${result.error}`);
    await load();
    setStatus(rendering.adopted ? "No rendering is adopted now." : `${renderingLabel(rendering)} is adopted.`);
  };

  const picker = (label: string, value: string, onChange: (id: string) => void) => (
    <label className="compare-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={`Translation ${label}`}>
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
    <aside className="compare-panel" role="dialog" aria-modal="true" aria-labelledby="compare-panel-title" ref={panelRef}>
      <header className="compare-panel-header">
        <h2 id="compare-panel-title" tabIndex={-1} ref={headingRef}>
          Compare translations · {number}
        </h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose} aria-label="Close the compare panel">
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
              Try again
            </button>
          </p>
        )}
        {!renderings && !error && <p className="muted">Loading translations…</p>}
        {renderings && renderings.length > 1 && (
          <section aria-label="Differences between two translations" className="compare-diff">
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
                <p className="compare-legend">
                  <del className="diff-del">only in A</del> <ins className="diff-ins">only in B</ins> · {divergenceLabel(comparison.distance)}
                </p>
              </>
            )}
          </section>
        )}
        {renderings && (
          <section aria-labelledby="renderings-title">
            <h3 id="renderings-title" className="compare-subtitle">
              All renderings ({renderings.length})
            </h3>
            <ul className="renderings">
              {renderings.map((r) => (
                <li key={r.id} className="rendering" data-kind={r.kind} data-translation-id={r.id}>
                  <div className="rendering-head">
                    <span className="rendering-label">{renderingLabel(r)}</span>
                    {r.adopted && <span className="adopted-badge">Adopted</span>}
                    <VoteButtons votes={r.votes} label={renderingLabel(r)} signedIn={signedIn} busy={busy === r.id} onVote={(value) => void vote(r, value)} />
                  </div>
                  {editing === r.id ? (
                    <ProposalForm initial={r.text} submitLabel="Save" onSubmit={(text) => edit(r.id, text)} onCancel={() => setEditing(null)} />
                  ) : (
                    <p className="rendering-text" lang="zh-Hant">
                      {r.text}
                    </p>
                  )}
                  {canAdopt && (
                    <div className="rendering-actions">
                      <button type="button" className="button button-small button-quiet" aria-pressed={r.adopted} onClick={() => void adopt(r)}>
                        {r.adopted ? "Lift adoption" : "Mark adopted"}
                      </button>
                    </div>
                  )}
                  {r.mine && editing !== r.id && (
                    <div className="rendering-actions">
                      <button type="button" className="button button-small button-quiet" onClick={() => setEditing(r.id)}>
                        Edit
                      </button>
                      <button type="button" className="button button-small button-quiet" onClick={() => void withdraw(r.id)}>
                        Withdraw
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        {signedIn ? (
          renderings && <ProposalForm submitLabel={mine.length ? "Propose another" : "Propose"} onSubmit={propose} />
        ) : (
          <p className="muted">
            <a href={`/signin?callbackUrl=${encodeURIComponent(typeof location === "undefined" ? "/" : location.pathname + location.search)}`}>Sign in</a> to vote and to propose your own translation.
          </p>
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </aside>
  );
}
