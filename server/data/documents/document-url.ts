/** The reader's path for a document; API responses and pages link with it. */
export const documentPath = (slug: string) => `/documents/${encodeURIComponent(slug)}`;
