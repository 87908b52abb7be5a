/**
 * A note's tiptap JSON as Markdown, for the study-sheet export. Walks the same allow-list the
 * renderer does (note-schema.ts): anything it does not know becomes its plain text. User text is
 * escaped, so a note cannot inject Markdown structure (a "# " or "[x](javascript:…)" stays text).
 */
import { isAllowedHref } from "./note-schema";

type Node = { type?: unknown; text?: unknown; content?: unknown; marks?: unknown; attrs?: unknown };

/** Backslash-escapes the characters Markdown gives meaning to. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_{}[\]()<>#+!|~]/g, "\\$&")
      // Indentation within the line only: a `\s*` that crossed line breaks re-read every following
      // blank line from each line start (quadratic). A marker after blank lines is still escaped,
      // because its own line matches.
      .replace(/^([^\S\n\r\u2028\u2029]*)([-=])/gm, "$1\\$2")
      .replace(/^([^\S\n\r\u2028\u2029]*\d+)\./gm, "$1\\.")
  );
}

const children = (node: Node): Node[] => (Array.isArray(node.content) ? (node.content as Node[]) : []);

function inline(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.type === "hardBreak") return "  \n";
      if (node.type === "mention") {
        const label = (node.attrs as { label?: unknown } | undefined)?.label;
        return typeof label === "string" ? escapeMarkdown(`@${label}`) : "";
      }
      if (typeof node.text !== "string") return "";
      const marks = Array.isArray(node.marks) ? (node.marks as { type?: unknown; attrs?: { href?: unknown } }[]) : [];
      const has = (type: string) => marks.some((m) => m.type === type);
      let out = has("code") ? codeSpan(node.text) : escapeMarkdown(node.text);
      if (has("italic")) out = `*${out}*`;
      if (has("bold")) out = `**${out}**`;
      const href = marks.find((m) => m.type === "link")?.attrs?.href;
      if (isAllowedHref(href)) out = `[${out}](<${String(href).replace(/[<>\s]/g, encodeURIComponent)}>)`;
      return out;
    })
    .join("");
}

function codeSpan(text: string): string {
  const fence = "`".repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return `${fence}${/^`|`$/.test(text) ? ` ${text} ` : text}${fence}`;
}

function block(node: Node): string {
  switch (node.type) {
    case "paragraph":
      return inline(children(node));
    case "bulletList":
    case "orderedList": {
      const start =
        typeof (node.attrs as { start?: unknown } | undefined)?.start === "number" ? (node.attrs as { start: number }).start : 1;
      return children(node)
        .map((item, i) => {
          const marker = node.type === "bulletList" ? "- " : `${start + i}. `;
          const body = blocks(children(item));
          return marker + body.split("\n").join("\n" + " ".repeat(marker.length));
        })
        .join("\n");
    }
    case "blockquote":
      return blocks(children(node))
        .split("\n")
        .map((line) => (line ? `> ${line}` : ">"))
        .join("\n");
    case "codeBlock": {
      const text = children(node)
        .map((n) => (typeof n.text === "string" ? n.text : ""))
        .join("");
      const fence = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
      return `${fence}\n${text}\n${fence}`;
    }
    default:
      return escapeMarkdown(
        children(node)
          .map((n) => (typeof n.text === "string" ? n.text : ""))
          .join(""),
      );
  }
}

function blocks(nodes: Node[]): string {
  return nodes
    .map(block)
    .filter((b) => b !== "")
    .join("\n\n");
}

/** Markdown for a note body; "" for an empty note or one that is not a tiptap doc. */
export function noteToMarkdown(doc: unknown): string {
  if (!doc || typeof doc !== "object" || (doc as Node).type !== "doc") return "";
  return blocks(children(doc as Node));
}
