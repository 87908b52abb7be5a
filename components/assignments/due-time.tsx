"use client";
/**
 * A due date in the reader's own time zone, with the time left (or how long ago it was due).
 * The server renders the ISO date; the browser, which knows the reader's zone, fills in the words
 * after hydration. Messages: the "Assignments" namespace.
 */
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "3 days", "5 hours": the largest whole unit, in the interface language. */
export function durationWords(locale: string, ms: number): string {
  const [unit, size] = UNITS.find(([, size]) => Math.abs(ms) >= size) ?? UNITS[UNITS.length - 1]!;
  const amount = Math.max(1, Math.floor(Math.abs(ms) / size));
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(amount);
}

export function DueTime({ iso, showLeft = true }: { iso: string; showLeft?: boolean }) {
  const t = useTranslations("Assignments");
  const locale = useLocale();
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const due = new Date(iso);
      const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(due);
      const left = due.getTime() - Date.now();
      const words = durationWords(locale, left);
      setText(showLeft ? `${date} (${left >= 0 ? t("timeLeft", { when: words }) : t("timeAgo", { when: words })})` : date);
    };
    update();
    const timer = window.setInterval(update, 60_000);
    return () => window.clearInterval(timer);
  }, [iso, locale, showLeft, t]);
  return <time dateTime={iso}>{text ?? iso.slice(0, 16).replace("T", " ") + " UTC"}</time>;
}
