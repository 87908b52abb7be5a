"use client";
/**
 * From the members table, a teacher opens one student's notes on a text: a text picker above the
 * table and, on each student's row, a link to the reader filtered to that student (`?author=`, as
 * the assignment table's "work in context" link does; the annotation layer reads it).
 * Messages: the "ClassAdmin" namespace.
 */
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createContext, useContext, useId, useState, type ReactNode } from "react";

export interface NotesText {
  slug: string;
  title: string;
  /** The reader's path for it (public: /documents/…, class-only: /read/…). */
  url: string;
}

const ChosenText = createContext<NotesText | null>(null);

export function MemberNotesProvider({ texts, children }: { texts: NotesText[]; children: ReactNode }) {
  const t = useTranslations("ClassAdmin");
  const id = useId();
  const [slug, setSlug] = useState(texts[0]?.slug ?? "");
  const chosen = texts.find((x) => x.slug === slug) ?? null;
  return (
    <ChosenText.Provider value={chosen}>
      {texts.length > 0 && (
        <p className="member-notes-picker">
          <label htmlFor={id}>{t("notesOn")}</label>{" "}
          <select id={id} value={slug} onChange={(e) => setSlug(e.target.value)}>
            {texts.map((x) => (
              <option key={x.slug} value={x.slug}>
                {x.title}
              </option>
            ))}
          </select>
        </p>
      )}
      {children}
    </ChosenText.Provider>
  );
}

export function MemberNotesLink({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("ClassAdmin");
  const text = useContext(ChosenText);
  if (!text) return null;
  return (
    <Link
      className="member-notes-link"
      href={`${text.url}?author=${encodeURIComponent(memberId)}`}
      aria-label={t("notesLinkLabel", { name, title: text.title })}
    >
      {t("notesLink")}
    </Link>
  );
}
