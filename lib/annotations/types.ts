/** The annotation as the API sends it and the reader shows it. */
/** Who wrote a note or reply; `teacher` when they teach the class the note is shared with (the "teacher" badge). */
export interface AuthorView {
  id: string;
  name: string;
  teacher?: boolean;
}

export interface AnnotationView {
  id: string;
  document: string;
  author: AuthorView;
  mine: boolean;
  visibility: string;
  /** The class a `class` note is shared with. */
  class: { id: string; name: string } | null;
  motivation: string;
  color: string;
  body: unknown;
  bodyText: string;
  tags: string[];
  hidden: boolean;
  /** A question marked answered by its author or a teacher of its class. */
  answered: boolean;
  orphan: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  targets: {
    segmentId: string;
    language: string;
    versionId: string | null;
    selector: { exact: string; prefix: string; suffix: string; start: number; end: number };
  }[];
  replies: ReplyView[];
}

export interface ReplyView {
  id: string;
  author: AuthorView;
  mine: boolean;
  body: unknown;
  bodyText: string;
  createdAt: string;
}
