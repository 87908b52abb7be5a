import "server-only";
import { getDb } from "../../db";
import { visibleAnnotationsWhere } from "../annotations/visibility";
import { EXPORT_MAX_NOTES } from "@/lib/limits";
import { requireTeacher } from "./membership";

export interface ClassNoteRow {
  id: string;
  document: string;
  sentence: number;
  language: string;
  quote: string;
  author: string;
  authorId: string;
  visibility: string;
  hidden: boolean;
  motivation: string;
  tags: string[];
  note: string;
  replies: { author: string; text: string; createdAt: string }[];
  createdAt: string;
  updatedAt: string;
}

/**
 * The class's notes with their replies, for its teacher (hidden ones included and marked): those
 * the teacher may see by the note rule, which includes the document rule, so a class note stored
 * on a student's private import or draft (refused since, see classes/class-readable.ts) is not
 * exported with that document's words.
 */
export async function exportClassNotes(options: {
  userId: string;
  classId: string;
}): Promise<{ className: string; notes: ClassNoteRow[]; truncated: boolean }> {
  await requireTeacher(options);
  const db = getDb();
  const klass = await db.class.findUniqueOrThrow({ where: { id: options.classId }, select: { name: true } });
  const rows = await db.annotation.findMany({
    where: { AND: [{ classId: options.classId }, visibleAnnotationsWhere(options.userId)] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    // Capped (lib/limits.ts): one more than the cap says whether the export was cut short.
    take: EXPORT_MAX_NOTES + 1,
    include: {
      author: { select: { id: true, name: true } },
      document: { select: { slug: true } },
      targets: { orderBy: { id: "asc" }, include: { segment: { select: { index: true } } } },
      replies: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, include: { author: { select: { name: true } } } },
    },
  });
  const truncated = rows.length > EXPORT_MAX_NOTES;
  return {
    className: klass.name,
    truncated,
    notes: rows.slice(0, EXPORT_MAX_NOTES).map((a) => ({
      id: a.id,
      document: a.document.slug,
      sentence: a.targets[0]?.segment.index ?? -1,
      language: a.targets.map((t) => t.language).join(" + "),
      quote: a.targets.map((t) => t.exact).join(" / "),
      author: a.author.name,
      authorId: a.author.id,
      visibility: a.visibility,
      hidden: a.hidden,
      motivation: a.motivation,
      tags: a.tags,
      note: a.bodyText,
      replies: a.replies.map((r) => ({ author: r.author.name, text: r.bodyText, createdAt: r.createdAt.toISOString() })),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    })),
  };
}
