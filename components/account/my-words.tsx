"use client";
/**
 * My words on the account page: the words saved from the reader's dictionary card, newest first,
 * each with its sentence and a Remove button; "Show more" fetches the next page; the CSV for
 * Anki is one link (GET /api/words/export.csv).
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SavedWordView } from "@/server/data/words/saved-words";

export function MyWords({ initial, initialNext }: { initial: SavedWordView[]; initialNext: string | null }) {
  const t = useTranslations("MyWords");
  const [words, setWords] = useState(initial);
  const [next, setNext] = useState(initialNext);
  const [message, setMessage] = useState("");

  const remove = async (word: SavedWordView) => {
    const response = await fetch(`/api/words/${encodeURIComponent(word.id)}`, { method: "DELETE" }).catch(() => null);
    if (!response || (!response.ok && response.status !== 404)) return setMessage(t("removeFailed"));
    setWords((all) => all.filter((w) => w.id !== word.id));
    setMessage(t("removed", { word: word.word }));
  };
  const more = async () => {
    const response = await fetch(`/api/words?after=${encodeURIComponent(next ?? "")}`).catch(() => null);
    if (!response?.ok) return setMessage(t("loadFailed"));
    const page = (await response.json()) as { words: SavedWordView[]; next: string | null };
    setWords((all) => [...all, ...page.words.filter((w) => !all.some((a) => a.id === w.id))]);
    setNext(page.next);
  };

  return (
    <>
      {words.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="my-words">
          {words.map((w) => (
            <li key={w.id}>
              <span className="my-word">{w.word}</span> <span className="my-word-reading">{w.reading}</span>
              {w.meaning && <span className="my-word-meaning">{w.meaning}</span>}
              {w.sentence && <span className="my-word-sentence">{w.sentence}</span>}
              <button type="button" className="button button-small button-quiet" onClick={() => void remove(w)}>
                {t("remove", { word: w.word })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <button type="button" className="button button-quiet" onClick={() => void more()}>
          {t("more")}
        </button>
      )}
      <p role="status">{message}</p>
    </>
  );
}
