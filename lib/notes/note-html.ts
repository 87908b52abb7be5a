/**
 * A note's tiptap JSON as an HTML string, for exports (the W3C JSON-LD `text/html` body). It walks
 * the same allow-list, and builds the same elements, as the page's renderer
 * (components/notes/note-view.tsx): every element is written here, all text and attribute values
 * are escaped, links are only http(s): and mailto: (isAllowedHref), and anything else renders
 * nothing. No classes: an export is read elsewhere, without our stylesheet.
 */
import { escapeHtml } from "@/lib/html/escape-html";
import { isAllowedHref } from "./note-schema";
import type { NoteBlock, NoteDoc, NoteInline, NoteListItem, NoteMark } from "./note-types";

const LINK_REL = "noopener noreferrer nofollow ugc";

const items = <T>(value: readonly T[] | undefined): readonly T[] =>
  Array.isArray(value) ? value.filter((item): item is T => typeof item === "object" && item !== null) : [];

function withMark(mark: NoteMark, inner: string): string {
  switch (mark.type) {
    case "bold":
      return `<strong>${inner}</strong>`;
    case "italic":
      return `<em>${inner}</em>`;
    case "code":
      return `<code>${inner}</code>`;
    case "link":
      return isAllowedHref(mark.attrs?.href) ? `<a href="${escapeHtml(mark.attrs.href)}" rel="${LINK_REL}">${inner}</a>` : inner;
    default:
      return inner;
  }
}

const linkFirst = (a: NoteMark, b: NoteMark) => Number(a.type !== "link") - Number(b.type !== "link");

function inline(node: NoteInline): string {
  if (node.type === "hardBreak") return "<br>";
  if (node.type === "mention") return typeof node.attrs?.label === "string" ? `<span>@${escapeHtml(node.attrs.label)}</span>` : "";
  if (node.type !== "text" || typeof node.text !== "string") return "";
  return [...items(node.marks)].sort(linkFirst).reduceRight((inner, mark) => withMark(mark, inner), escapeHtml(node.text));
}

const listItem = (item: NoteListItem): string => (item.type === "listItem" ? `<li>${items(item.content).map(block).join("")}</li>` : "");

function block(node: NoteBlock): string {
  switch (node.type) {
    case "paragraph":
      return `<p>${items(node.content).map(inline).join("")}</p>`;
    case "bulletList":
      return `<ul>${items(node.content).map(listItem).join("")}</ul>`;
    case "orderedList": {
      const start = node.attrs?.start;
      const attr = typeof start === "number" && Number.isInteger(start) && start !== 1 ? ` start="${start}"` : "";
      return `<ol${attr}>${items(node.content).map(listItem).join("")}</ol>`;
    }
    case "blockquote":
      return `<blockquote>${items(node.content).map(block).join("")}</blockquote>`;
    case "codeBlock": {
      const text = items(node.content)
        .map((t) => (typeof t.text === "string" ? t.text : ""))
        .join("");
      const language = node.attrs?.language;
      return `<pre><code${typeof language === "string" && language ? ` data-language="${escapeHtml(language)}"` : ""}>${escapeHtml(text)}</code></pre>`;
    }
    default:
      return "";
  }
}

/** HTML for a note body validated by parseNote; "" for anything that is not a tiptap doc. */
export function noteToHtml(doc: NoteDoc | null | undefined): string {
  if (!doc || typeof doc !== "object" || doc.type !== "doc") return "";
  return items(doc.content).map(block).join("");
}
