/**
 * One page of a document's notes (GET /api/annotations), and the notes an export may hold.
 * A page stops at its `limit` or once its notes pass PAGE_MAX_BYTES of JSON, whichever comes
 * first (it always holds at least one note); `next` is the cursor of the page after it, or null
 * at the end. Exports read page by page and stop at EXPORT_MAX_NOTES or EXPORT_MAX_BYTES.
 */
import "server-only";
import { encodeCursor } from "@/lib/validation/annotation-slice";
import { EXPORT_MAX_BYTES, EXPORT_MAX_NOTES, PAGE_MAX_BYTES, PAGE_SIZE } from "@/lib/limits";
import type { AnnotationView } from "./annotation-view";
import { listAnnotations, type AnnotationCursor, type AnnotationFilters } from "./list-annotations";

interface PageQuery {
  userId: string | null;
  documentSlug: string;
  filters?: AnnotationFilters;
  segmentIds?: string[];
  limit: number;
  after?: AnnotationCursor;
}

/** The first notes of `views` that fit in `maxBytes` of JSON (at least one), and whether some were left out. */
function fitBytes(views: AnnotationView[], maxBytes: number): { kept: AnnotationView[]; bytes: number; cut: boolean } {
  let bytes = 0;
  for (let i = 0; i < views.length; i++) {
    const size = Buffer.byteLength(JSON.stringify(views[i]));
    if (i > 0 && bytes + size > maxBytes) return { kept: views.slice(0, i), bytes, cut: true };
    bytes += size;
  }
  return { kept: views, bytes, cut: false };
}

export async function listAnnotationPage(query: PageQuery): Promise<{ annotations: AnnotationView[]; next: string | null }> {
  const rows = await listAnnotations({
    userId: query.userId,
    documentSlug: query.documentSlug,
    filters: query.filters,
    slice: { segmentIds: query.segmentIds, limit: query.limit, after: query.after },
  });
  const { kept, cut } = fitBytes(rows, PAGE_MAX_BYTES);
  const last = kept.at(-1);
  // A full page may have more after it; a shorter one is the end.
  const next = last && (cut || rows.length === query.limit) ? encodeCursor(last.createdAt, last.id) : null;
  return { annotations: kept, next };
}

/** The notes an export of the document holds, read a page at a time; `truncated` when the caps cut it short. */
export async function listAnnotationsForExport(options: {
  userId: string | null;
  documentSlug: string;
}): Promise<{ annotations: AnnotationView[]; truncated: boolean }> {
  const annotations: AnnotationView[] = [];
  let bytes = 0;
  let after: AnnotationCursor | undefined;
  for (;;) {
    const page = await listAnnotations({ ...options, slice: { limit: PAGE_SIZE.max, after } });
    const fitted = fitBytes(page, EXPORT_MAX_BYTES - bytes);
    for (const view of fitted.kept) {
      if (annotations.length >= EXPORT_MAX_NOTES) return { annotations, truncated: true };
      annotations.push(view);
    }
    bytes += fitted.bytes;
    if (fitted.cut || bytes >= EXPORT_MAX_BYTES) return { annotations, truncated: true };
    if (page.length < PAGE_SIZE.max) return { annotations, truncated: false };
    const last = page.at(-1)!;
    after = { createdAt: new Date(last.createdAt), id: last.id };
  }
}
