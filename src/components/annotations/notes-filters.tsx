"use client";
/** Filter the notes (and the highlights painted in the text) by tag, author, kind and words. */
import { filterChoices, NO_FILTERS, type NoteFilters } from "@/lib/annotations/filter-annotations";
import type { AnnotationView } from "@/lib/annotations/types";
import { MOTIVATION_LABELS, MOTIVATIONS } from "@/lib/annotations/constants";

export function NotesFilters({ annotations, filters, onChange }: { annotations: AnnotationView[]; filters: NoteFilters; onChange: (filters: NoteFilters) => void }) {
  const { tags, authors } = filterChoices(annotations);
  const set = (fields: Partial<NoteFilters>) => onChange({ ...filters, ...fields });
  return (
    <div className="notes-filters" role="search">
      <label className="filter-search">
        <span className="visually-hidden">Search notes</span>
        <input type="search" placeholder="Search notes" value={filters.query} onChange={(e) => set({ query: e.target.value })} />
      </label>
      <label>
        <span className="visually-hidden">Tag</span>
        <select value={filters.tag} onChange={(e) => set({ tag: e.target.value })} aria-label="Filter by tag">
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              #{tag}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Author</span>
        <select value={filters.authorId} onChange={(e) => set({ authorId: e.target.value })} aria-label="Filter by author">
          <option value="">Everyone</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Kind</span>
        <select value={filters.motivation} onChange={(e) => set({ motivation: e.target.value })} aria-label="Filter by kind">
          <option value="">All kinds</option>
          {MOTIVATIONS.map((m) => (
            <option key={m} value={m}>
              {MOTIVATION_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {Object.values(filters).some(Boolean) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
