"use client";
/** Filter the notes (and the highlights painted in the text) by tag, author, kind and words. */
import { useTranslations } from "next-intl";
import { filterChoices, NO_FILTERS, type NoteFilters } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { MOTIVATIONS } from "@/lib/annotations/constants";

export function NotesFilters({
  annotations,
  filters,
  onChange,
}: {
  annotations: AnnotationView[];
  filters: NoteFilters;
  onChange: (filters: NoteFilters) => void;
}) {
  const t = useTranslations("Notes");
  const m = useTranslations("Annotations.motivations");
  const { tags, authors } = filterChoices(annotations);
  const set = (fields: Partial<NoteFilters>) => onChange({ ...filters, ...fields });
  return (
    <div className="notes-filters" role="search">
      <label className="filter-search">
        <span className="visually-hidden">{t("searchNotes")}</span>
        <input type="search" placeholder={t("searchNotes")} value={filters.query} onChange={(e) => set({ query: e.target.value })} />
      </label>
      <label>
        <span className="visually-hidden">{t("filterTag")}</span>
        <select value={filters.tag} onChange={(e) => set({ tag: e.target.value })} aria-label={t("filterTag")}>
          <option value="">{t("allTags")}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("filterAuthor")}</span>
        <select value={filters.authorId} onChange={(e) => set({ authorId: e.target.value })} aria-label={t("filterAuthor")}>
          <option value="">{t("allAuthors")}</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t("filterKind")}</span>
        <select value={filters.motivation} onChange={(e) => set({ motivation: e.target.value })} aria-label={t("filterKind")}>
          <option value="">{t("allKinds")}</option>
          {MOTIVATIONS.map((motivation) => (
            <option key={motivation} value={motivation}>
              {m(motivation)}
            </option>
          ))}
        </select>
      </label>
      {Object.values(filters).some(Boolean) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          {t("clearFilters")}
        </button>
      )}
    </div>
  );
}
