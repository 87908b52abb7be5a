"use client";
/**
 * The dictionary card: a word's entries from GET /api/dictionary (pinyin, 注音 for a Traditional
 * reader, senses; or an English word's Chinese glosses), in a small non-modal dialog beside the
 * word. Escape or Close shuts it and gives focus back. Loaded on first use; keyed by the word, so
 * another word is a new card.
 */
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { LookupResult } from "@/lib/dictionary/lookup";

export interface CardRequest {
  word: string;
  /** The script the reader reads Chinese in, for the headword and whether 注音 is shown. */
  script: "hant" | "hans";
  rect: { left: number; bottom: number };
  /** The sentence the word was found in, saved with it to My words. */
  sentence: string;
  returnFocus: HTMLElement | null;
}

type State = { status: "loading" } | { status: "done"; result: LookupResult } | { status: "failed" };

export function DictionaryCard({ request, onClose }: { request: CardRequest; onClose: () => void }) {
  const t = useTranslations("ReadingAids");
  const [state, setState] = useState<State>({ status: "loading" });
  const [saved, setSaved] = useState("");
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/dictionary?q=${encodeURIComponent(request.word)}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((result: LookupResult) => setState({ status: "done", result }))
      .catch(() => !controller.signal.aborted && setState({ status: "failed" }));
    card.current?.focus();
    return () => controller.abort();
  }, [request.word]);

  const save = async (result: LookupResult) => {
    const first = result.entries[0];
    const chinese = result.language === "zh";
    const headword = (e: NonNullable<typeof first>) => (request.script === "hant" ? e.traditional : e.simplified);
    const body = {
      word: request.word,
      reading: chinese && first ? [first.pinyin, request.script === "hant" ? first.zhuyin : ""].filter(Boolean).join(" ") : "",
      meaning: (chinese ? (first?.senses.join("; ") ?? "") : result.entries.map(headword).join(", ")).slice(0, 1000),
      sentence: request.sentence.slice(0, 2000),
      source: location.pathname,
    };
    const response = await fetch("/api/words", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }).catch(() => null);
    setSaved(response?.ok ? t("saved") : response?.status === 401 ? t("signInToSave") : t("saveFailed"));
  };

  const close = () => {
    onClose();
    if (request.returnFocus?.isConnected) request.returnFocus.focus();
  };

  return (
    <div
      ref={card}
      className="dictionary-card"
      role="dialog"
      aria-label={t("cardTitle", { word: request.word })}
      tabIndex={-1}
      style={{ left: Math.max(8, request.rect.left), top: request.rect.bottom + 6 }}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        close();
      }}
    >
      <div className="dictionary-card-header">
        <strong lang={request.word.match(/\p{Script=Han}/u) ? "zh" : "en"}>{request.word}</strong>
        <button type="button" className="icon-button" aria-label={t("close")} onClick={close}>
          ×
        </button>
      </div>
      <div aria-live="polite">
        {state.status === "loading" && <p className="dictionary-card-note">{t("lookingUp")}</p>}
        {state.status === "failed" && <p className="dictionary-card-note">{t("lookupFailed")}</p>}
        {state.status === "done" && state.result.entries.length === 0 && (
          <p className="dictionary-card-note">{t("noEntry", { word: request.word })}</p>
        )}
        {state.status === "done" && state.result.entries.length > 0 && (
          <ul className="dictionary-entries">
            {state.result.entries.map((entry, i) => (
              <li key={i}>
                <span className="dictionary-headword" lang={request.script === "hant" ? "zh-Hant" : "zh-Hans"}>
                  {request.script === "hant" ? entry.traditional : entry.simplified}
                </span>{" "}
                <span className="dictionary-pinyin">{entry.pinyin}</span>
                {request.script === "hant" && (
                  <>
                    {" "}
                    <span className="dictionary-zhuyin" lang="zh-Hant">
                      {entry.zhuyin}
                    </span>
                  </>
                )}
                <span className="dictionary-senses" lang="en">
                  {entry.senses.join("; ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {state.status === "done" && state.result.entries.length > 0 && (
        <p className="dictionary-card-actions">
          <button type="button" className="button button-small" onClick={() => void save(state.result)}>
            {t("save")}
          </button>{" "}
          <span role="status">{saved}</span>
        </p>
      )}
      <p className="dictionary-card-credit">{t("credit")}</p>
    </div>
  );
}
