/**
 * Settles the @mentions of a note or reply before it is stored: a mention counts only when it
 * names a member of the class the note is written to, and the writer is a member too. Those keep
 * their node, with the member's current name as the label (the browser's label is only a display
 * fallback); every other mention (on a private or public note, of a non-member, a forged id)
 * becomes the plain text "@label". One query, and only for a body that has mentions.
 */
import "server-only";
import { mentionedIds, settleMentions } from "@/lib/notes/note-mentions";
import { noteToPlainText } from "@/lib/notes/note-text";
import type { NoteDoc } from "@/lib/notes/note-types";
import type { Prisma } from "../../generated/prisma/client";
import { getDb } from "../../db";

type Client = Prisma.TransactionClient | ReturnType<typeof getDb>;

export interface SettledNote {
  body: NoteDoc | null;
  text: string;
  /** Members mentioned, less the writer: the people to tell (notify-mentions.ts decides who still may see it). */
  mentioned: string[];
}

export async function settleNoteMentions(options: {
  authorId: string;
  /** The class the note is written to; null for a private or public note. */
  classId: string | null;
  body: NoteDoc | null;
  text: string;
  db?: Client;
}): Promise<SettledNote> {
  const { body, authorId, classId } = options;
  const ids = mentionedIds(body);
  if (!body || ids.length === 0) return { body, text: options.text, mentioned: [] };
  const names = new Map<string, string>();
  if (classId) {
    const rows = await (options.db ?? getDb()).membership.findMany({
      where: { classId, userId: { in: [...ids, authorId] } },
      select: { userId: true, user: { select: { name: true } } },
    });
    // A writer outside the class names nobody in it (the write is refused later anyway).
    if (rows.some((row) => row.userId === authorId)) for (const row of rows) names.set(row.userId, row.user.name);
  }
  const settled = settleMentions(body, names);
  return { body: settled, text: noteToPlainText(settled), mentioned: ids.filter((id) => names.has(id) && id !== authorId) };
}
