/**
 * The bilingual study sheet: a document with one chosen translation, and under each sentence the
 * reader's highlights (quoted), notes and replies, as Markdown. Pure: the route gathers what the
 * caller may see and hands it here.
 */
import { escapeMarkdown, noteToMarkdown } from "../notes/note-markdown";

export interface SheetDocument {
  title: string;
  source: string;
  provenance: string;
  licence: string;
  url: string;
  segments: { id: string; paragraph: number; kind: string; text: string; translations: Record<string, string> }[];
}

export interface SheetAnnotation {
  author: { name: string };
  motivation: string;
  orphan: boolean;
  body: unknown;
  tags: string[];
  createdAt: string;
  targets: { segmentId: string; language: string; versionId: string | null; selector: { exact: string } }[];
  replies: { author: { name: string }; body: unknown; createdAt: string }[];
}

const quoteBlock = (markdown: string, indent: string) =>
  markdown
    .split("\n")
    .map((line) => `${indent}${line}`)
    .join("\n");

export function renderStudySheet(
  document: SheetDocument,
  version: { id: string; name: string } | null,
  annotations: SheetAnnotation[],
  exportedAt: Date,
): string {
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(document.title)}`, "");
  out.push(`- Source: ${escapeMarkdown(document.source)}`);
  out.push(`- Provenance: ${escapeMarkdown(document.provenance)}`);
  out.push(`- Licence: ${escapeMarkdown(document.licence)}`);
  out.push(`- Translation: ${version ? escapeMarkdown(version.name) : "none"}`);
  out.push(`- Exported from ${document.url} on ${exportedAt.toISOString().slice(0, 10)}, with the notes you may see.`, "");

  const bySegment = new Map<string, SheetAnnotation[]>();
  for (const a of annotations) {
    for (const segmentId of new Set(a.targets.map((t) => t.segmentId))) {
      const list = bySegment.get(segmentId) ?? [];
      list.push(a);
      bySegment.set(segmentId, list);
    }
  }

  let paragraph: number | null = null;
  for (const segment of document.segments) {
    if (segment.paragraph !== paragraph) {
      paragraph = segment.paragraph;
      out.push(`## ¶ ${paragraph + 1}`, "");
    }
    out.push(escapeMarkdown(segment.text), "");
    const translation = version ? segment.translations[version.id] : undefined;
    if (translation) out.push(`> ${escapeMarkdown(translation)}`, "");
    for (const a of bySegment.get(segment.id) ?? []) {
      const quotes = a.targets
        .filter(
          (t) => t.segmentId === segment.id && (t.language === "en" || !version || t.versionId === version.id || t.versionId === null),
        )
        .map((t) => `“${escapeMarkdown(t.selector.exact)}”`);
      const label = [
        quotes.join(" ↔ ") || "(on another translation)",
        a.orphan ? "(orphaned: the text changed)" : "",
        `— ${escapeMarkdown(a.author.name)}`,
        a.motivation !== "highlighting" && a.motivation !== "commenting" ? `(${a.motivation})` : "",
      ]
        .filter(Boolean)
        .join(" ");
      out.push(`- ${label}`);
      const note = noteToMarkdown(a.body);
      if (note) out.push(quoteBlock(note, "  "));
      if (a.tags.length) out.push(`  Tags: ${a.tags.map((t) => `\\#${escapeMarkdown(t)}`).join(" ")}`);
      for (const reply of a.replies) {
        out.push(`  - Reply from ${escapeMarkdown(reply.author.name)}:`);
        const body = noteToMarkdown(reply.body);
        if (body) out.push(quoteBlock(body, "    "));
      }
      out.push("");
    }
  }
  return (
    out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}
