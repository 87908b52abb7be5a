"use client";
/**
 * Reading aids in the reader. Read aloud: a button in each sentence's margin (its fourth slot)
 * reads the English and the Chinese shown, and A reads the focused sentence; a second press or
 * Escape stops. Dictionary card: double-click (or double-tap) a word, or press D on the words
 * chosen with W. The speech and card code load on first use; this layer is only the buttons and
 * the keys.
 */
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { englishOf, margins as findMargins, readerText, sentenceOf, shownTranslationOf } from "@/components/reader-contract";
import type { CardRequest } from "./dictionary-card";
import type { Reading } from "./speech";
import "./reading-aids.css";

const DictionaryCard = dynamic(() => import("./dictionary-card").then((m) => m.DictionaryCard), { ssr: false });

const MAX_WORD = 32;
const readingScript = (): "hant" | "hans" =>
  document.querySelector<HTMLInputElement>('input[name="script"]:checked')?.value === "hans" ? "hans" : "hant";

export function ReadingAidsLayer() {
  const t = useTranslations("ReadingAids");
  const [margins, setMargins] = useState<HTMLElement[]>([]);
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

  const latest = useRef({ read, stop, speaking });
  useEffect(() => {
    latest.current = { read, stop, speaking };
  });

  // Stable, so a margin's button renders again only when its own sentence starts or stops.
  const readPair = useCallback((segmentId: string) => {
    const sentences = [englishOf(segmentId), shownTranslationOf(segmentId)].filter((s): s is HTMLElement => !!s && s.offsetParent !== null);
    latest.current.read(segmentId, sentences);
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- portal targets exist only in the server-rendered DOM
    setMargins(findMargins());
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
    const onDoubleClick = (event: MouseEvent) => {
      const sentence = sentenceOf(event.target as Node);
      const selection = document.getSelection();
      if (!sentence || !selection || selection.rangeCount === 0) return;
      open(selection.toString(), selection.getRangeAt(0), sentence);
    };
    text.addEventListener("keydown", onKeyDown);
    text.addEventListener("dblclick", onDoubleClick);
    return () => {
      text.removeEventListener("keydown", onKeyDown);
      text.removeEventListener("dblclick", onDoubleClick);
      latest.current.stop();
    };
  }, []);

  return (
    <>
      {margins.map((margin) => (
        <SpeakButton
          key={margin.dataset.margin}
          margin={margin}
          speaking={speaking === margin.dataset.margin}
          label={t("readAloud")}
          stopLabel={t("stopReading")}
          onRead={readPair}
        />
      ))}
      <span role="status" className="visually-hidden">
        {message}
      </span>
      {card && <DictionaryCard key={card.word} request={card} onClose={() => setCard(null)} />}
    </>
  );
}

interface SpeakButtonProps {
  margin: HTMLElement;
  speaking: boolean;
  label: string;
  stopLabel: string;
  onRead: (segmentId: string) => void;
}

const SpeakButton = memo(function SpeakButton({ margin, speaking, label, stopLabel, onRead }: SpeakButtonProps) {
  return createPortal(
    <button
      type="button"
      className="margin-speak"
      aria-label={speaking ? stopLabel : label}
      aria-pressed={speaking}
      title={speaking ? stopLabel : label}
      onClick={() => onRead(margin.dataset.margin!)}
    >
      <span aria-hidden="true">{speaking ? "■" : "🔊"}</span>
    </button>,
    margin,
  );
});
