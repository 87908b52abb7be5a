/**
 * Renders a parsed note by walking its JSON over the allow-listed types only: every element is
 * built here, text goes through React (so it is escaped), and nothing unexpected is rendered.
 * No hooks and no "use client", so server pages render notes as plain HTML.
 */
import { Fragment, type ReactNode } from "react";
import { isAllowedHref } from "@/lib/notes/note-schema";
import type { NoteBlock, NoteDoc, NoteInline, NoteListItem, NoteMark } from "@/lib/notes/note-types";

// Notes are other people's writing: open links apart from the reader and vouch for none of them.
const LINK_REL = "noopener noreferrer nofollow ugc";

// The types say these are arrays; a doc that skipped parseNote may disagree, and then renders nothing.
const items = <T,>(value: readonly T[] | undefined): readonly T[] =>
  Array.isArray(value) ? value.filter((item): item is T => typeof item === "object" && item !== null) : [];

function withMark(mark: NoteMark, children: ReactNode): ReactNode {
  switch (mark.type) {
    case "bold":
      return <strong className="note-strong">{children}</strong>;
    case "italic":
      return <em className="note-em">{children}</em>;
    case "code":
      return <code className="note-code">{children}</code>;
    case "link":
      // Checked again although parseNote already did: a doc that skipped validation still
      // cannot smuggle a javascript: link through here.
      return isAllowedHref(mark.attrs?.href) ? (
        <a className="note-link" href={mark.attrs.href} rel={LINK_REL} target="_blank">
          {children}
        </a>
      ) : (
        children
      );
    default:
      return children;
  }
}

const linkFirst = (a: NoteMark, b: NoteMark) => Number(a.type !== "link") - Number(b.type !== "link");

function renderInline(node: NoteInline, key: number): ReactNode {
  switch (node.type) {
    case "text":
      if (typeof node.text !== "string") return null;
      // The first mark wraps the others; the link goes first so a run stays one link, not one per style.
      return (
        <Fragment key={key}>
          {[...items(node.marks)].sort(linkFirst).reduceRight<ReactNode>((children, mark) => withMark(mark, children), node.text)}
        </Fragment>
      );
    case "hardBreak":
      return <br key={key} />;
    case "mention":
      // The label is the member's name as the server wrote it; React escapes it like any text.
      return typeof node.attrs?.label === "string" ? (
        <span key={key} className="note-mention">
          @{node.attrs.label}
        </span>
      ) : null;
    default:
      return null;
  }
}

function renderListItem(item: NoteListItem, key: number): ReactNode {
  if (item.type !== "listItem") return null;
  return (
    <li key={key} className="note-li">
      {items(item.content).map(renderBlock)}
    </li>
  );
}

function renderBlock(node: NoteBlock, key: number): ReactNode {
  switch (node.type) {
    case "paragraph":
      return (
        <p key={key} className="note-p">
          {items(node.content).map(renderInline)}
        </p>
      );
    case "bulletList":
      return (
        <ul key={key} className="note-ul">
          {items(node.content).map(renderListItem)}
        </ul>
      );
    case "orderedList": {
      const start = node.attrs?.start;
      return (
        <ol key={key} className="note-ol" start={start !== undefined && start !== 1 ? start : undefined}>
          {items(node.content).map(renderListItem)}
        </ol>
      );
    }
    case "blockquote":
      return (
        <blockquote key={key} className="note-blockquote">
          {items(node.content).map(renderBlock)}
        </blockquote>
      );
    case "codeBlock":
      return (
        <pre key={key} className="note-pre">
          <code className="note-code-block" data-language={node.attrs?.language ?? undefined}>
            {items(node.content)
              .map((text) => (typeof text.text === "string" ? text.text : ""))
              .join("")}
          </code>
        </pre>
      );
    default:
      return null;
  }
}

/** A note validated by `parseNote`, as HTML. */
export function NoteView({ doc }: { doc: NoteDoc }) {
  return <div className="note-body">{doc.type === "doc" ? items(doc.content).map(renderBlock) : null}</div>;
}
