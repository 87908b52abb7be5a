/**
 * What a note may contain. Notes are stored as tiptap JSON and are only ever rendered by walking
 * this allow-list (see components/notes/note-view.tsx), so this schema is the security boundary:
 * anything it does not name is refused, never "cleaned up". Shared by the editor, the server and
 * the renderer; pure (zod only), so it runs anywhere.
 *
 * Limits are counted in code points (the unit anchors use too), over every node including the
 * doc and each text run. `parseNote` checks the shape iteratively before zod recurses, so a
 * hostile 10,000-deep document is refused without walking it.
 */
import { z } from "zod";
import { noteToPlainText } from "./note-text";
import type { NoteBlock, NoteDoc, NoteMark, ParseNoteResult } from "./note-types";

export const NOTE_NODES = [
  "doc",
  "paragraph",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "codeBlock",
  "hardBreak",
  "mention",
  "text",
] as const;
export const NOTE_MARKS = ["bold", "italic", "code", "link"] as const;
export const NOTE_LIMITS = {
  depth: 20,
  nodes: 5_000,
  textLength: 20_000,
  hrefLength: 2_048,
  languageLength: 32,
  mentionIdLength: 64,
  mentionLabelLength: 100,
} as const;

export const LINK_SCHEME_ERROR = "Links must start with http://, https:// or mailto:";

// Browsers drop ASCII tab/newline anywhere in a URL and C0 controls/spaces around it, so
// "java\tscript:" runs as javascript:. Judge the scheme on what the browser would see.
// eslint-disable-next-line no-control-regex -- the control characters are what this removes
const IGNORED_IN_URL = /[\0-\x1f\x7f-\x9f\s]/g;
const ALLOWED_SCHEME = /^(?:https?|mailto):/i;

/** Whether `href` is a link a note may carry: http:, https: or mailto:, at most 2,048 characters. */
export function isAllowedHref(href: unknown): boolean {
  return typeof href === "string" && href.length <= NOTE_LIMITS.hrefLength && ALLOWED_SCHEME.test(href.replace(IGNORED_IN_URL, ""));
}

const NAMES: Record<string, string> = {
  doc: "A note",
  paragraph: "A paragraph",
  bulletList: "A bulleted list",
  orderedList: "A numbered list",
  listItem: "A list item",
  blockquote: "A quote",
  codeBlock: "A code block",
  hardBreak: "A line break",
  mention: "A mention",
  text: "Text",
  codeText: "Text in a code block",
  link: "A link",
};

const quoted = (keys: readonly PropertyKey[]) => keys.map((key) => `"${String(key)}"`).join(", ");

/** A strict object whose "extra key" message names the node, e.g. `A paragraph can't have "onclick"`. */
function strictNode<Shape extends z.core.$ZodLooseShape>(name: string, shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== "unrecognized_keys") return undefined;
      if (issue.keys.length === 1 && issue.keys[0] === "attrs") return `${NAMES[name] ?? name} can't have attributes`;
      if (issue.keys.includes("marks") && name === "codeText")
        return "Text in a code block can't be formatted (no bold, italic, code or links)";
      return `${NAMES[name] ?? name} can't have ${quoted(issue.keys)}`;
    },
  });
}

/** "No such type here" messages for a union of node or mark types. */
function unknownType(kind: "node" | "mark", allowedHere: readonly string[], where: string) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === "invalid_type") return `Expected a ${kind} object like {"type": "${allowedHere[0]}"}`;
    if (issue.code !== "invalid_union") return undefined;
    const input: unknown = issue.input;
    const type = typeof input === "object" && input !== null && "type" in input ? (input as { type: unknown }).type : undefined;
    if (typeof type !== "string") return `Every ${kind} needs a "type"`;
    const allowedAnywhere: readonly string[] = kind === "node" ? NOTE_NODES : NOTE_MARKS;
    if (!allowedAnywhere.includes(type)) {
      return kind === "node"
        ? `Notes can't contain "${type}"; they can contain paragraphs, lists, quotes, code blocks, line breaks and mentions`
        : `Notes can't use "${type}" formatting; they can use bold, italic, code and links`;
    }
    return `"${type}" can't go ${where}; allowed here: ${allowedHere.join(", ")}`;
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const textValue = z
  .string({ error: "Text must be a string" })
  .min(1, "Text can't be empty; leave the text node out instead")
  .refine((text) => !text.includes("\u0000"), "Text can't contain the NUL character (U+0000)")
  .refine((text) => !LONE_SURROGATE.test(text), "Text contains a broken character (a lone UTF-16 surrogate); type or paste it again");

const hrefValue = z
  .string({ error: 'A link needs an "href" with its address' })
  .max(NOTE_LIMITS.hrefLength, `Links can be at most ${NOTE_LIMITS.hrefLength.toLocaleString("en")} characters long`)
  .refine((href) => ALLOWED_SCHEME.test(href.replace(IGNORED_IN_URL, "")), LINK_SCHEME_ERROR);

// The editor adds target/rel/class/title to every link; accepted here and dropped, because the
// renderer sets its own rel and target and a note has no use for the others.
const editorLinkExtra = z.string().nullable().optional();
const linkMark = strictNode("link", {
  type: z.literal("link"),
  attrs: strictNode("link", {
    href: hrefValue,
    target: editorLinkExtra,
    rel: editorLinkExtra,
    class: editorLinkExtra,
    title: editorLinkExtra,
  }),
}).transform((mark): NoteMark => ({ type: "link", attrs: { href: mark.attrs.href } }));

const markSchema = z.discriminatedUnion(
  "type",
  [
    strictNode("bold", { type: z.literal("bold") }),
    strictNode("italic", { type: z.literal("italic") }),
    strictNode("code", { type: z.literal("code") }),
    linkMark,
  ],
  { error: unknownType("mark", NOTE_MARKS, "on text") },
);

const marksValue = z
  .array(markSchema)
  .max(NOTE_MARKS.length, "Text can carry each kind of formatting only once")
  .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, "Text can carry each kind of formatting only once");

const textNode = strictNode("text", { type: z.literal("text"), text: textValue, marks: marksValue.optional() });
const hardBreakNode = strictNode("hardBreak", { type: z.literal("hardBreak") });
// A mention names a user by id and shows a label. Only these two attributes, no marks: the server
// replaces the label with the member's name, or turns a mention of a non-member into plain text
// (server/data/notifications/resolve-mentions.ts); the label is never more than text to show.
const mentionNode = strictNode("mention", {
  type: z.literal("mention"),
  attrs: strictNode("mention", {
    id: z
      .string({ error: 'A mention needs the "id" of the person mentioned' })
      .min(1, 'A mention needs the "id" of the person mentioned')
      .max(NOTE_LIMITS.mentionIdLength, "A mention's id is too long")
      .regex(/^[\w-]+$/, "A mention's id may use only letters, digits, _ and -"),
    label: textValue.max(NOTE_LIMITS.mentionLabelLength, `A mention's name can be at most ${NOTE_LIMITS.mentionLabelLength} characters`),
  }),
});
const inlineNode = z.discriminatedUnion("type", [textNode, hardBreakNode, mentionNode], {
  error: unknownType("node", ["text", "hardBreak", "mention"], "inside a paragraph"),
});

const paragraphNode = strictNode("paragraph", { type: z.literal("paragraph"), content: z.array(inlineNode).optional() });

export const languageValue = z
  .string()
  .max(NOTE_LIMITS.languageLength, `A code block's language can be at most ${NOTE_LIMITS.languageLength} characters`)
  .regex(/^[a-z0-9+#-]+$/, "A code block's language may use only a-z, 0-9, +, # and -");
const codeBlockNode = strictNode("codeBlock", {
  type: z.literal("codeBlock"),
  attrs: strictNode("codeBlock", { language: languageValue.nullable().optional() }).optional(),
  content: z
    .array(strictNode("codeText", { type: z.literal("text", { error: "A code block can contain only text" }), text: textValue }))
    .optional(),
});

// z.lazy: lists and quotes contain blocks, which include lists and quotes.
const blockNode: z.ZodType<NoteBlock, unknown> = z.lazy(() =>
  z.discriminatedUnion("type", [paragraphNode, bulletListNode, orderedListNode, blockquoteNode, codeBlockNode], {
    error: unknownType("node", ["paragraph", "bulletList", "orderedList", "blockquote", "codeBlock"], "here"),
  }),
);
const blocks = (emptyMessage: string) => z.array(blockNode).min(1, emptyMessage);

const listItemNode = strictNode("listItem", {
  type: z.literal("listItem", { error: "A list can contain only list items" }),
  content: blocks("A list item needs at least one paragraph"),
});
const listItems = z.array(listItemNode).min(1, "A list needs at least one item");
const bulletListNode = strictNode("bulletList", { type: z.literal("bulletList"), content: listItems });
const orderedListNode = strictNode("orderedList", {
  type: z.literal("orderedList"),
  attrs: strictNode("orderedList", {
    start: z.int("A numbered list must start at a whole number").positive("A numbered list must start at 1 or above").optional(),
  }).optional(),
  content: listItems,
});
const blockquoteNode = strictNode("blockquote", { type: z.literal("blockquote"), content: blocks("A quote needs at least one paragraph") });

const docNode = strictNode("doc", {
  type: z.literal("doc", { error: 'A note must be {"type": "doc", "content": [...]}' }),
  content: blocks("A note needs at least one paragraph"),
});

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;
const codePoints = (text: string) => text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);

type ShapeProblem = { message: string; path: (string | number)[] };

/**
 * The checks zod's recursion should not have to survive: plain JSON objects only, no
 * `__proto__`, and the depth, node and length limits. Iterative and stops at the first problem.
 */
function checkShape(input: unknown): ShapeProblem | null {
  const stack: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value: input, path: [], depth: 1 }];
  let nodes = 0;
  let textLength = 0;
  const plain = (value: unknown, path: (string | number)[]): ShapeProblem | null => {
    if (typeof value !== "object" || value === null) return null;
    if (Array.isArray(value))
      return Object.getPrototypeOf(value) === Array.prototype ? null : { message: "Expected a plain JSON array", path };
    if (!isPlainObject(value)) return { message: "Expected a plain JSON object", path };
    if (Object.hasOwn(value, "__proto__")) return { message: 'The key "__proto__" isn\'t allowed', path: [...path, "__proto__"] };
    return null;
  };
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (!isPlainObject(value)) {
      return path.length === 0
        ? { message: 'A note must be a JSON object like {"type": "doc", "content": [...]}', path }
        : { message: 'Expected a node object like {"type": "paragraph"}', path };
    }
    const problem = plain(value, path) ?? plain(value.attrs, [...path, "attrs"]);
    if (problem) return problem;
    if (++nodes > NOTE_LIMITS.nodes) {
      return {
        message: `This note has more than ${NOTE_LIMITS.nodes.toLocaleString("en")} parts (paragraphs, list items, text runs); split it into several notes`,
        path,
      };
    }
    if (depth > NOTE_LIMITS.depth)
      return { message: `This note is nested more than ${NOTE_LIMITS.depth} levels deep; flatten some lists or quotes`, path };
    // A mention's label is shown text too, so it counts toward the note's length.
    const shown = value.type === "mention" && isPlainObject(value.attrs) ? value.attrs.label : value.text;
    if (typeof shown === "string") {
      textLength += codePoints(shown);
      if (textLength > NOTE_LIMITS.textLength)
        return {
          message: `This note is longer than ${NOTE_LIMITS.textLength.toLocaleString("en")} characters; shorten it or split it`,
          path: [...path, "text"],
        };
    }
    const marks = value.marks;
    if (Array.isArray(marks)) {
      if (marks.length > NOTE_MARKS.length)
        return { message: "Text can carry each kind of formatting only once", path: [...path, "marks"] };
      for (const [i, mark] of marks.entries()) {
        const markProblem =
          plain(mark, [...path, "marks", i]) ?? (isPlainObject(mark) ? plain(mark.attrs, [...path, "marks", i, "attrs"]) : null);
        if (markProblem) return markProblem;
      }
    }
    const content = value.content;
    if (Array.isArray(content)) {
      const contentProblem = plain(content, [...path, "content"]);
      if (contentProblem) return contentProblem;
      // Pushed in reverse so the first problem reported is the first in reading order.
      for (let i = content.length - 1; i >= 0; i--) stack.push({ value: content[i], path: [...path, "content", i], depth: depth + 1 });
    }
  }
  return null;
}

/** Validates any input into a NoteDoc; link target/rel/class/title are dropped on output. */
export const noteDocSchema: z.ZodType<NoteDoc, unknown> = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = checkShape(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: problem.path, input: value });
  })
  .pipe(docNode);

const formatPath = (path: readonly PropertyKey[]) =>
  "$" +
  path
    .map((key) =>
      typeof key === "number" ? `[${key}]` : /^[A-Z_$][\w$]*$/i.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`,
    )
    .join("");

/** Validates untrusted JSON. Never throws: a refusal carries a message for a person and a JSON path. */
export function parseNote(input: unknown): ParseNoteResult {
  try {
    const result = noteDocSchema.safeParse(input);
    if (result.success) return { ok: true, doc: result.data, text: noteToPlainText(result.data) };
    const issue = result.error.issues[0];
    if (!issue) return { ok: false, error: "This note couldn't be read" };
    const path = issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
    return { ok: false, error: issue.message, path: formatPath(path) };
  } catch {
    // Only exotic inputs (getters that throw, proxies) get here.
    return { ok: false, error: "This note couldn't be read; send it as plain JSON" };
  }
}
