/**
 * One element as an HTML string, as React's server renderer would write it: every attribute value
 * and the text are escaped, `true` is an empty attribute, and false, null or undefined leave the
 * attribute out. For the reader's rows (reader-rows.ts); `inner` must already be HTML.
 */
import { escapeHtml } from "@/lib/html/escape-html";

type Attributes = Record<string, string | number | boolean | null | undefined>;

export function element(tag: string, attributes: Attributes, inner = ""): string {
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}=""` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return `${open}>${inner}</${tag}>`;
}

/** Text as HTML. */
export const text = (value: string | number): string => escapeHtml(String(value));
