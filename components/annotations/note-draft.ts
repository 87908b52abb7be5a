/** A note being written: kept in this browser until the server has it. */
import type { NoteDoc } from "@/lib/notes/note-types";
import type { HIGHLIGHT_COLORS, MOTIVATIONS, VISIBILITIES } from "@/lib/annotations/constants";
import type { SentenceTarget } from "./dom-anchors";

export interface NoteDraft {
  /** Also the Idempotency-Key of its save: every retry of this draft is the same request. */
  key: string;
  targets: SentenceTarget[];
  body: NoteDoc | null;
  tags: string;
  motivation: (typeof MOTIVATIONS)[number];
  visibility: (typeof VISIBILITIES)[number];
  /** With visibility `class`: the class it goes to. */
  classId?: string;
  color: (typeof HIGHLIGHT_COLORS)[number];
}

export { draftStorageKey } from "./draft-storage";

export function newDraft(targets: SentenceTarget[], fields: Partial<NoteDraft> = {}): NoteDraft {
  return {
    key: crypto.randomUUID(),
    targets,
    body: null,
    tags: "",
    motivation: "commenting",
    visibility: "private",
    color: "yellow",
    ...fields,
  };
}

export const splitTags = (tags: string) =>
  tags
    .split(/[\s,，、]+/)
    .map((t) => t.replace(/^#+/, ""))
    .filter(Boolean);

export function draftPayload(documentSlug: string, draft: NoteDraft) {
  const [first, ...rest] = draft.targets;
  return {
    document: documentSlug,
    ...(rest.length ? { targets: draft.targets } : { target: first }),
    ...(draft.body ? { body: draft.body } : {}),
    tags: splitTags(draft.tags),
    motivation: draft.body ? draft.motivation : draft.motivation === "commenting" ? "highlighting" : draft.motivation,
    visibility: draft.visibility,
    ...(draft.visibility === "class" && draft.classId ? { classId: draft.classId } : {}),
    color: draft.color,
  };
}
