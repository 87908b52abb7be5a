/** The reader's note filters: by tag, author and motivation, and words in the note or its quote. */
import type { AnnotationView } from "./types";

export interface NoteFilters {
  tag: string;
  authorId: string;
  motivation: string;
  query: string;
}

export const NO_FILTERS: NoteFilters = { tag: "", authorId: "", motivation: "", query: "" };

const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase();

export function filterAnnotations<T extends Pick<AnnotationView, "tags" | "author" | "motivation" | "bodyText" | "targets" | "replies">>(
  annotations: T[],
  filters: NoteFilters,
): T[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  return annotations.filter((a) => {
    if (filters.tag && !a.tags.includes(filters.tag)) return false;
    if (filters.authorId && a.author.id !== filters.authorId) return false;
    if (filters.motivation && a.motivation !== filters.motivation) return false;
    if (words.length) {
      const haystack = fold(
        [a.bodyText, ...a.targets.map((t) => t.selector.exact), ...a.replies.map((r) => r.bodyText), ...a.tags].join("\n"),
      );
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
}

/** Tags and authors present in a list, for the filter menus. */
export function filterChoices(annotations: Pick<AnnotationView, "tags" | "author">[]) {
  const tags = [...new Set(annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
  const authors = [...new Map(annotations.map((a) => [a.author.id, a.author])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return { tags, authors };
}
