/** A document as the API sends it and the reader, compare view and share page show it (GET /api/documents/{slug}). */

export interface VersionView {
  id: string;
  name: string;
  language: string;
  kind: "project_close" | "project_fluent" | "source" | "import";
  attribution: string;
  /** True when every segment has a translation in this version. */
  complete: boolean;
  translatedCount: number;
}

export interface SegmentView {
  id: string;
  index: number;
  /** The number shown beside it: sentences from 1, none for a salutation or sign-off (sentence-numbers.ts). */
  number: number | null;
  paragraph: number;
  kind: "salutation" | "sentence" | "signoff";
  text: string;
  revision: number;
  /** versionId -> text; a version that does not cover this segment has no key. */
  translations: Record<string, string>;
}

export interface DocumentView {
  slug: string;
  title: string;
  url: string;
  language: string;
  source: string;
  sourceUrl: string | null;
  publishedOn: string | null;
  provenance: string;
  licence: string;
  /** Whether a class may read it (public and published, or class-only): notes for a class are offered only then. */
  classReadable: boolean;
  /** A class-only text: the one class whose members read it (notes on it are private or for that class). */
  classOnly: { id: string; name: string } | null;
  versions: VersionView[];
  segments: SegmentView[];
}

/** Who reads a document: its owner only, anyone, or one class's members (documents/visibility.ts). */
export type DocumentVisibility = "private" | "public" | "class";
