"use client";
/**
 * The note editor, fetched only when it is first rendered: tiptap and ProseMirror are most of
 * the notes JavaScript and most readers never write. Render <LazyNoteEditor> once someone asks
 * to write; call `preloadNoteEditor()` on hover or focus of that control to start the download early.
 * If the download fails, the error reaches the route's error boundary like any other.
 */
import dynamic from "next/dynamic";
import type { NoteEditorProps } from "./note-editor";
import "./notes.css";

export const LazyNoteEditor = dynamic<NoteEditorProps>(() => import("./note-editor").then((module) => module.NoteEditor), {
  ssr: false,
  // Shaped like the editor, so the page does not jump when it arrives.
  loading: () => (
    <div className="note-editor note-editor-loading" role="status">
      <div className="note-editor-toolbar" aria-hidden="true" />
      <div className="note-editor-field">
        <div className="note-editor-content">Loading the editor…</div>
      </div>
    </div>
  ),
});

export function preloadNoteEditor(): void {
  void import("./note-editor");
}
