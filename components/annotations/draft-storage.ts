/**
 * Drafts kept in this browser's localStorage, one key each, until the server has them. Apart from
 * the saving (use-durable-save.ts), so the reader can look for a draft without loading that.
 */
/** Where a document's note draft is kept. */
export const draftStorageKey = (documentSlug: string) => `interleaf:draft:${documentSlug}`;

/** A draft kept in localStorage under one key until it is saved. */
export function loadDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function storeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the draft lives only in the open page.
  }
}

export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to do
  }
}
