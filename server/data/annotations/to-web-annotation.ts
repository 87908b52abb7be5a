/**
 * W3C Web Annotation (JSON-LD) for the annotations a reader may see: an AnnotationCollection with
 * one AnnotationPage. Targets are segments of the document, with a TextQuoteSelector and a
 * TextPositionSelector (code points of the segment's text); a note's body is a Choice of the same
 * words as `text/plain` and as `text/html` (rendered from the allow-listed tiptap JSON by
 * lib/notes/note-html.ts), both language-tagged; replies are annotations with motivation
 * "replying" whose target is the annotation they answer.
 *
 * Every id and source starts with `origin`: the public origin (public-origin.ts exportOrigin()),
 * never the address the server is bound to, so a client can follow them.
 */
import { noteToHtml } from "@/lib/notes/note-html";
import { plainTextToNote } from "@/lib/notes/note-text";
import type { NoteDoc } from "@/lib/notes/note-types";
import type { AnnotationView } from "./annotation-view";

export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNO_CONTENT_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

/** The language of a note's text, from its script: notes here are written in English or Chinese. */
export function languageOfText(text: string): string {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return han > latin ? "zh-Hant" : "en";
}

const isNoteDoc = (value: unknown): value is NoteDoc =>
  typeof value === "object" && value !== null && (value as { type?: unknown }).type === "doc";

export function toAnnotationCollection(options: {
  origin: string;
  document: { slug: string; title: string };
  annotations: AnnotationView[];
}) {
  const { origin, document, annotations } = options;
  const reader = `${origin}/documents/${encodeURIComponent(document.slug)}`;
  const annotationIri = (id: string) => `${origin}/api/annotations/${encodeURIComponent(id)}`;
  const creator = (author: { id: string; name: string }) => ({
    id: `${origin}/users/${encodeURIComponent(author.id)}`,
    type: "Person",
    name: author.name,
  });
  /** The note's words as plain text and as HTML, one a Choice between the two (W3C model 3.2.7). */
  const textBody = (text: string, doc: unknown, purpose: string) => {
    const language = languageOfText(text);
    const html = noteToHtml(isNoteDoc(doc) ? doc : plainTextToNote(text));
    return {
      type: "Choice",
      items: [
        { type: "TextualBody", value: text, format: "text/plain", language, purpose },
        { type: "TextualBody", value: html, format: "text/html", language, purpose },
      ],
    };
  };

  const items = annotations.flatMap((a) => {
    const body = [
      ...(a.bodyText ? [textBody(a.bodyText, a.body, a.motivation === "highlighting" ? "commenting" : a.motivation)] : []),
      ...a.tags.map((tag) => ({ type: "TextualBody", value: tag, purpose: "tagging" })),
    ];
    const annotation = {
      "@context": ANNO_CONTEXT,
      id: annotationIri(a.id),
      type: "Annotation",
      motivation: a.motivation,
      created: a.createdAt,
      modified: a.updatedAt,
      creator: creator(a.author),
      ...(body.length ? { body } : {}),
      target: a.targets.map((t) => ({
        source: `${reader}${t.versionId ? `?version=${encodeURIComponent(t.versionId)}` : ""}#${encodeURIComponent(t.segmentId)}`,
        language: t.language,
        selector: [
          { type: "TextQuoteSelector", exact: t.selector.exact, prefix: t.selector.prefix, suffix: t.selector.suffix },
          { type: "TextPositionSelector", start: t.selector.start, end: t.selector.end },
        ],
      })),
    };
    const replies = a.replies.map((r) => ({
      "@context": ANNO_CONTEXT,
      id: `${annotationIri(a.id)}/replies/${encodeURIComponent(r.id)}`,
      type: "Annotation",
      motivation: "replying",
      created: r.createdAt,
      creator: creator(r.author),
      body: [textBody(r.bodyText, r.body, "replying")],
      target: annotationIri(a.id),
    }));
    return [annotation, ...replies];
  });

  const collection = `${origin}/api/documents/${encodeURIComponent(document.slug)}/annotations.jsonld`;
  return {
    "@context": ANNO_CONTEXT,
    id: collection,
    type: "AnnotationCollection",
    label: `Annotations on “${document.title}”`,
    total: items.length,
    first: { id: `${collection}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
