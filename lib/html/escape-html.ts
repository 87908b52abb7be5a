/** Text or an attribute value as HTML: the five characters that could end either, escaped. Small and dependency-free, so the reader's rows can use it in the browser. */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
