/**
 * The two orders of the notes panel: in text order (a discussion read alongside the letter:
 * sentence by sentence, then by where in the sentence, then oldest first) or newest first.
 */
export const NOTE_ORDERS = ["text", "newest"] as const;
export type NoteOrder = (typeof NOTE_ORDERS)[number];

/** What sorting reads of a note (an AnnotationView has it). */
interface Sortable {
  createdAt: string;
  targets: { segmentId: string; selector: { start: number } }[];
}

/**
 * `positionOf` gives a segment's place in the text (smaller first); a note on a segment it does
 * not know (not on the page) goes last. The input is not changed.
 */
export function sortNotes<T extends Sortable>(notes: T[], order: NoteOrder, positionOf: (segmentId: string) => number | undefined): T[] {
  const byTime = (a: T, b: T) => a.createdAt.localeCompare(b.createdAt);
  if (order === "newest") return [...notes].sort((a, b) => byTime(b, a));
  const place = (note: T): [number, number] => {
    let best: [number, number] = [Infinity, Infinity];
    for (const target of note.targets) {
      const here: [number, number] = [positionOf(target.segmentId) ?? Infinity, target.selector.start];
      if (here[0] < best[0] || (here[0] === best[0] && here[1] < best[1])) best = here;
    }
    return best;
  };
  const places = new Map(notes.map((note) => [note, place(note)]));
  return [...notes].sort((a, b) => {
    const [pa, sa] = places.get(a)!;
    const [pb, sb] = places.get(b)!;
    return pa !== pb ? (pa < pb ? -1 : 1) : sa !== sb ? (sa < sb ? -1 : 1) : byTime(a, b);
  });
}
