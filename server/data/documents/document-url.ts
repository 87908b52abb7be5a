/** The reader's path for a document; API responses and pages link with it. */
export const documentPath = (slug: string) => `/documents/${encodeURIComponent(slug)}`;

/**
 * Where a signed-in reader opens a document: the shared, cached page for a public one; the
 * per-viewer reader (/read) for a class-only or private one, which the shared page never shows.
 */
export const readerPath = (slug: string, visibility: string) =>
  visibility === "public" ? documentPath(slug) : `/read/${encodeURIComponent(slug)}`;
