"use client";
/**
 * The note editor: tiptap cut down to exactly the note allow-list, with a small toolbar.
 * This is the heavy file (tiptap and ProseMirror); pages load it through LazyNoteEditor so the
 * reader only pays for it once someone starts writing.
 *
 * Uncontrolled: `initialContent` seeds the editor once, and every change is reported through
 * `onChange` as a doc that has already passed `parseNote`. A change that does not pass (too long,
 * too many parts) is not reported; its message is shown under the editor instead.
 */
import { useTranslations } from "next-intl";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { cleanEditorJson } from "@/lib/notes/clean-editor-json";
import { isAllowedHref, LINK_SCHEME_ERROR, parseNote } from "@/lib/notes/note-schema";
import type { NoteDoc } from "@/lib/notes/note-types";
import { MentionMenu, mentionExtension, type MentionMenuState } from "./mention-menu";

export type NoteEditorProps = {
  initialContent?: NoteDoc | null;
  onChange: (doc: NoteDoc) => void;
  placeholder?: string;
  /** The accessible name of the writing area, e.g. "Note on sentence 3". */
  label: string;
  autoFocus?: boolean;
  /** Ctrl+Enter / Cmd+Enter, usually "save". */
  onSubmitShortcut?: () => void;
  /** The class the note is written to: "@" then offers its members. Null or absent: no mentions offered. */
  mentionClassId?: string | null;
};

// Module-level so the instance is stable: useEditor compares extensions by identity.
// With the mention node, the schema is exactly NOTE_NODES and NOTE_MARKS; what StarterKit would
// add beyond them is switched off. Dropcursor, gapcursor, undo/redo, list keymap and trailing node
// stay: they change behaviour, not what a note can contain.
const starterKit = StarterKit.configure({
  heading: false,
  strike: false,
  underline: false,
  horizontalRule: false,
  link: {
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: "https",
    // linkify already knows http, https and mailto; registering nothing more keeps it there.
    protocols: [],
    // The same test parseNote applies, so the editor never holds a link the server would refuse
    // (typed, pasted, autolinked or set from the toolbar).
    isAllowedUri: (url) => isAllowedHref(url),
    shouldAutoLink: (url) => isAllowedHref(url),
  },
});

/** The editor's extensions; each editor makes its own mention extension, bound to its class and menu. */
export const buildNoteEditorExtensions = (mention: ReturnType<typeof mentionExtension>) => [starterKit, mention];
/** The schema alone (for tests): mentions never offered. */
export const noteEditorExtensions = buildNoteEditorExtensions(mentionExtension({ classId: () => null, show: () => undefined }));

type Tool = {
  name: string;
  label: string;
  glyph: string;
  shortcut?: string;
  isActive: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
};

const TOOLS: Tool[] = [
  {
    name: "bold",
    label: "Bold",
    glyph: "B",
    shortcut: "Mod+B",
    isActive: (e) => e.isActive("bold"),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    name: "italic",
    label: "Italic",
    glyph: "I",
    shortcut: "Mod+I",
    isActive: (e) => e.isActive("italic"),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    name: "bulletList",
    label: "Bulleted list",
    glyph: "•",
    isActive: (e) => e.isActive("bulletList"),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    name: "orderedList",
    label: "Numbered list",
    glyph: "1.",
    isActive: (e) => e.isActive("orderedList"),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    name: "blockquote",
    label: "Quote",
    glyph: "“",
    isActive: (e) => e.isActive("blockquote"),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    // One button for both kinds of code: selected words become inline code; with nothing
    // selected (or a selection across lines) the block becomes a code block.
    name: "code",
    label: "Code",
    glyph: "</>",
    isActive: (e) => e.isActive("code") || e.isActive("codeBlock"),
    run: (e) => {
      const { empty, $from, $to } = e.state.selection;
      if (e.isActive("codeBlock") || empty || !$from.sameParent($to)) e.chain().focus().toggleCodeBlock().run();
      else e.chain().focus().toggleCode().run();
    },
  },
];

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);
const shortcutText = (shortcut: string) => shortcut.replace("Mod", isMac() ? "⌘" : "Ctrl");

export function NoteEditor({
  initialContent,
  onChange,
  placeholder,
  label,
  autoFocus = false,
  onSubmitShortcut,
  mentionClassId = null,
}: NoteEditorProps) {
  const t = useTranslations("Notes");
  const messageId = useId();
  const menuId = useId();
  const [mentionMenu, setMentionMenu] = useState<MentionMenuState | null>(null);
  // Read when "@" is typed, so a change of audience applies without rebuilding the editor.
  const classRef = useRef(mentionClassId);
  useEffect(() => {
    classRef.current = mentionClassId;
  }, [mentionClassId]);
  const extensions = useMemo(
    // The ref is read only when "@" is typed (an editor event), never while rendering.
    // eslint-disable-next-line react-hooks/refs -- see above
    () => buildNoteEditorExtensions(mentionExtension({ classId: () => classRef.current, show: setMentionMenu })),
    [],
  );
  const [contentProblem, setContentProblem] = useState<string | null>(null);
  const [linkProblem, setLinkProblem] = useState<string | null>(null);
  const message = linkProblem ?? contentProblem;

  // Read by the key handler, which ProseMirror keeps from the first render.
  const submitRef = useRef(onSubmitShortcut);
  useEffect(() => {
    submitRef.current = onSubmitShortcut;
  }, [onSubmitShortcut]);

  const editorProps = useMemo(
    () => ({
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        ...(placeholder ? { "aria-placeholder": placeholder } : {}),
        ...(message ? { "aria-invalid": "true", "aria-describedby": messageId } : {}),
        ...(mentionMenu && mentionMenu.items.length > 0
          ? { "aria-controls": menuId, "aria-activedescendant": `${menuId}-${mentionMenu.selected}` }
          : {}),
        class: "note-editor-content",
      },
      // Before the keymaps, because hard break also claims Mod-Enter.
      handleKeyDown: (_view: unknown, event: globalThis.KeyboardEvent) => {
        const submit = submitRef.current;
        if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || !submit) return false;
        event.preventDefault();
        submit();
        return true;
      },
    }),
    [label, placeholder, message, messageId, mentionMenu, menuId],
  );

  const editor = useEditor({
    extensions,
    content: initialContent ?? null,
    // Only ever rendered in the browser (LazyNoteEditor sets ssr: false), so no hydration to match.
    immediatelyRender: true,
    // Focused by the effect below instead: tiptap's own autofocus runs on a timer that can fire
    // while React is still rendering, before the editor is in the page, and is then lost.
    autofocus: false,
    editorProps,
    onUpdate: ({ editor: current }) => {
      setLinkProblem(null);
      const result = parseNote(cleanEditorJson(current.getJSON()));
      if (!result.ok) return setContentProblem(result.error);
      setContentProblem(null);
      onChange(result.doc);
    },
  });

  // After React's commit the editor is in the page, so focus can land (the cursor goes to the end).
  useEffect(() => {
    if (autoFocus && editor && !editor.isDestroyed) editor.commands.focus("end");
  }, [autoFocus, editor]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      active: TOOLS.map((tool) => tool.isActive(current)),
      link: current.isActive("link"),
      empty: current.isEmpty,
    }),
  });

  const editLink = () => {
    const current: unknown = editor.getAttributes("link").href;
    const input = window.prompt(t("linkPrompt"), typeof current === "string" ? current : "");
    if (input === null) return;
    const href = input.trim();
    if (href === "") {
      setLinkProblem(null);
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!isAllowedHref(href)) {
      setLinkProblem(`${LINK_SCHEME_ERROR}; “${href.slice(0, 60)}” was not added.`);
      editor.commands.focus();
      return;
    }
    setLinkProblem(null);
    if (editor.state.selection.empty && !editor.isActive("link")) {
      editor
        .chain()
        .focus()
        .insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
  };

  const buttons = [
    ...TOOLS.map((tool, i) => ({
      ...tool,
      label: t(`tools.${tool.name}`),
      pressed: state.active[i] ?? false,
      onClick: () => tool.run(editor),
    })),
    { name: "link", label: t("tools.link"), glyph: t("tools.link"), shortcut: undefined, pressed: state.link, onClick: editLink },
  ];

  // One tab stop for the toolbar; arrow keys move along it (the ARIA toolbar pattern).
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = buttons.length - 1;
    const next = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttonRefs.current[next]?.focus();
  };

  return (
    <div className="note-editor">
      <div className="note-editor-toolbar" role="toolbar" aria-label={t("formatting", { label })} onKeyDown={onToolbarKeyDown}>
        {buttons.map((button, i) => (
          <button
            key={button.name}
            ref={(element) => {
              buttonRefs.current[i] = element;
            }}
            type="button"
            className="note-editor-button"
            aria-label={button.label}
            aria-pressed={button.pressed}
            title={button.shortcut ? `${button.label} (${shortcutText(button.shortcut)})` : button.label}
            tabIndex={i === focusIndex ? 0 : -1}
            onFocus={() => setFocusIndex(i)}
            // Keep the text selection: the button acts on it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={button.onClick}
          >
            <span aria-hidden="true" data-tool={button.name}>
              {button.glyph}
            </span>
          </button>
        ))}
      </div>
      <div className="note-editor-field">
        {state.empty && placeholder ? (
          <div className="note-editor-placeholder" aria-hidden="true">
            {placeholder}
          </div>
        ) : null}
        <EditorContent editor={editor} />
        {mentionMenu && <MentionMenu menu={mentionMenu} id={menuId} />}
      </div>
      <p id={messageId} className="note-editor-message" role="status">
        {message}
      </p>
    </div>
  );
}

export default NoteEditor;
