/** The annotation as the API sends it and the reader shows it. */
export interface AnnotationView {
  id: string;
  document: string;
  author: { id: string; name: string };
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
  author: { id: string; name: string };
  mine: boolean;
  body: unknown;
  bodyText: string;
  createdAt: string;
}
