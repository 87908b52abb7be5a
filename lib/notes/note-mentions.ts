/**
 * The @mentions in a note: who they name, and the note as the server stores it. A mention's id and
 * label come from the writer's browser, so neither is trusted: the server looks the ids up among
 * the members of the note's class and, with that answer, `settleMentions` gives each member's
 * mention that member's current name and turns every other mention into the plain text "@label"
 * (so it names, notifies and links nobody). Pure: the lookup is the caller's.
 */
import { MENTIONS } from "../limits";
import { NOTE_LIMITS } from "./note-schema";
import type { NoteBlock, NoteDoc, NoteInline } from "./note-types";

function eachParagraphContent(blocks: readonly NoteBlock[], visit: (content: NoteInline[]) => void): void {
  for (const block of blocks) {
    if (block.type === "paragraph") {
      if (block.content) visit(block.content);
    } else if (block.type === "blockquote") eachParagraphContent(block.content, visit);
    else if (block.type === "bulletList" || block.type === "orderedList")
      for (const item of block.content) eachParagraphContent(item.content, visit);
  }
}

/** The different user ids a note mentions, in reading order, at most MENTIONS.maxPeoplePerNote. */
export function mentionedIds(doc: NoteDoc | null): string[] {
  const ids = new Set<string>();
  if (!doc) return [];
  eachParagraphContent(doc.content, (content) => {
    for (const node of content) if (node.type === "mention" && ids.size < MENTIONS.maxPeoplePerNote) ids.add(node.attrs.id);
  });
  return [...ids];
}

const mapBlocks = (blocks: readonly NoteBlock[], inline: (node: NoteInline) => NoteInline): NoteBlock[] =>
  blocks.map((block): NoteBlock => {
    switch (block.type) {
      case "paragraph":
        return block.content ? { ...block, content: block.content.map(inline) } : block;
      case "blockquote":
        return { ...block, content: mapBlocks(block.content, inline) };
      case "bulletList":
      case "orderedList":
        return { ...block, content: block.content.map((item) => ({ ...item, content: mapBlocks(item.content, inline) })) };
      default:
        return block;
    }
  });

/**
 * The note with its mentions settled: `names` maps the ids of the people who may be mentioned
 * (members of the note's class, looked up by the server) to their names. A mention of anyone
 * else becomes the text "@label".
 */
export function settleMentions(doc: NoteDoc, names: ReadonlyMap<string, string>): NoteDoc {
  const inline = (node: NoteInline): NoteInline => {
    if (node.type !== "mention") return node;
    const name = names.get(node.attrs.id);
    if (name === undefined) return { type: "text", text: `@${node.attrs.label}` };
    const label = [...name.trim()].slice(0, NOTE_LIMITS.mentionLabelLength).join("") || node.attrs.label;
    return { type: "mention", attrs: { id: node.attrs.id, label } };
  };
  return { type: "doc", content: mapBlocks(doc.content, inline) };
}
