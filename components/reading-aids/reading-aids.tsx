"use client";
/**
 * Reading aids in the reader, loaded by reading-aids-layer.tsx on the first use. Read aloud: the
 * button in each sentence's margin (its fourth slot, rendered on the server) reads the English
 * and the Chinese shown, and A reads the focused sentence; a second press or Escape stops.
 * Dictionary card: double-click (or double-tap) a word, or press D on the words chosen with W.
 * `first` is the event that loaded this module: it is handled as soon as the listeners are on.
 */
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState } from "react";
import { englishOf, readerText, sentenceOf, shownTranslationOf } from "@/components/reader-contract";
import type { CardRequest } from "./dictionary-card";
import type { Reading } from "./speech";

const DictionaryCard = dynamic(() => import("./dictionary-card").then((m) => m.DictionaryCard), { ssr: false });

const MAX_WORD = 32;
const readingScript = (): "hant" | "hans" =>
  document.querySelector<HTMLInputElement>('input[name="script"]:checked')?.value === "hans" ? "hans" : "hant";

export function ReadingAids({ first }: { first: Event }) {
  const t = useTranslations("ReadingAids");
  const [speaking, setSpeaking] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [card, setCard] = useState<CardRequest | null>(null);
  const reading = useRef<Reading | null>(null);

  const stop = useCallback(() => {
    reading.current?.stop();
    reading.current = null;
  }, []);

  const read = useCallback(
    (key: string, sentences: HTMLElement[]) => {
      const again = reading.current && speaking === key;
      stop();
      if (again) return;
      if (typeof speechSynthesis === "undefined") return setMessage(t("speechUnsupported"));
      setSpeaking(key);
      setMessage(t("reading"));
      void import("./speech").then(({ readAloud }) => {
        reading.current = readAloud(sentences, {
          onDone: () => {
            setSpeaking((now) => (now === key ? null : now));
            reading.current = null;
          },
          onNoVoice: (lang) => setMessage(t("noVoice", { language: t(`language.${lang}` as "language.en") })),
        });
      });
    },
    [speaking, stop, t],
  );

  // The margin buttons are server HTML: their pressed state and label follow `speaking` here.
  useEffect(() => {
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-read-aloud]")) {
      const on = button.closest<HTMLElement>("[data-margin]")?.dataset.margin === speaking;
      if ((button.getAttribute("aria-pressed") === "true") === on) continue;
      button.setAttribute("aria-pressed", String(on));
      button.setAttribute("aria-label", on ? t("stopReading") : t("readAloud"));
      button.title = on ? t("stopReading") : t("readAloud");
    }
  }, [speaking, t]);

  const latest = useRef({ read, stop, speaking });
  useEffect(() => {
    latest.current = { read, stop, speaking };
  });

  useEffect(() => {
    const text = readerText();
    if (!text) return;
    const open = (word: string, range: Range | null, from: HTMLElement) => {
      const trimmed = word.trim();
      if (!trimmed || Array.from(trimmed).length > MAX_WORD) return;
      const rect = range?.getBoundingClientRect() ?? from.getBoundingClientRect();
      setCard({
        word: trimmed,
        script: readingScript(),
        rect: { left: rect.left, bottom: rect.bottom },
        sentence: from.textContent ?? "",
        returnFocus: from,
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const sentence = sentenceOf(event.target as Node);
      if (!sentence || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === "escape" && latest.current.speaking) latest.current.stop();
      else if (key === "a" && !sentence.dataset.choosingWords) {
        event.preventDefault();
        const id = `${sentence.dataset.segmentId}:${sentence.dataset.versionId ?? "en"}:${sentence.dataset.script ?? ""}`;
        latest.current.read(id, [sentence]);
      } else if (key === "d" && sentence.dataset.choosingWords) {
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0) return;
        event.preventDefault();
        open(selection.toString(), selection.getRangeAt(0), sentence);
      }
    };
    const onClick = (event: Event) => {
      const segmentId = (event.target as Element).closest?.("[data-read-aloud]")?.closest<HTMLElement>("[data-margin]")?.dataset.margin;
      if (!segmentId) return;
      const sentences = [englishOf(segmentId), shownTranslationOf(segmentId)].filter(
        (s): s is HTMLElement => !!s && s.offsetParent !== null,
      );
      latest.current.read(segmentId, sentences);
    };
    const onDoubleClick = (event: Event) => {
      const sentence = sentenceOf(event.target as Node);
      const selection = document.getSelection();
      if (!sentence || !selection || selection.rangeCount === 0) return;
      open(selection.toString(), selection.getRangeAt(0), sentence);
    };
    text.addEventListener("keydown", onKeyDown);
    text.addEventListener("dblclick", onDoubleClick);
    text.addEventListener("click", onClick);
    if (first.type === "keydown") onKeyDown(first as KeyboardEvent);
    else if (first.type === "dblclick") onDoubleClick(first);
    else onClick(first);
    return () => {
      text.removeEventListener("keydown", onKeyDown);
      text.removeEventListener("dblclick", onDoubleClick);
      text.removeEventListener("click", onClick);
      latest.current.stop();
    };
    // `first` is fixed for the module's life: the shim renders this once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <span role="status" className="visually-hidden">
        {message}
      </span>
      {card && <DictionaryCard key={card.word} request={card} onClose={() => setCard(null)} />}
    </>
  );
}
