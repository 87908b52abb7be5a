"use client";
/**
 * Reading aids (read aloud, the dictionary card, My words): this layer only waits for their first
 * use (a click on a margin's 🔊, A or D on a sentence, a double-click in the text); the code
 * itself (reading-aids.tsx) loads then, not with the page, and handles that first event.
 */
import { useEffect, useState } from "react";
import { readerText, sentenceOf } from "@/components/reader-contract";
import "./reading-aids.css";

type Aids = typeof import("./reading-aids").ReadingAids;

export function ReadingAidsLayer() {
  const [loaded, setLoaded] = useState<{ Aids: Aids; first: Event } | null>(null);
  useEffect(() => {
    const text = readerText();
    if (!text || loaded) return;
    const begin = (event: Event) => {
      if (event.type === "click" && !(event.target as Element).closest?.("[data-read-aloud]")) return;
      if (event.type === "keydown") {
        const key = event as KeyboardEvent;
        if (!sentenceOf(key.target as Node) || !["a", "d"].includes(key.key.toLowerCase())) return;
        if (key.ctrlKey || key.metaKey || key.altKey || key.shiftKey) return;
        event.preventDefault();
      }
      remove();
      void import("./reading-aids").then(({ ReadingAids }) => setLoaded({ Aids: ReadingAids, first: event }));
    };
    const remove = () => ["click", "keydown", "dblclick"].forEach((type) => text.removeEventListener(type, begin));
    ["click", "keydown", "dblclick"].forEach((type) => text.addEventListener(type, begin));
    return remove;
  }, [loaded]);
  return loaded ? <loaded.Aids first={loaded.first} /> : null;
}
