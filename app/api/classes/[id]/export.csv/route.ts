// GET /api/classes/{id}/export.csv - the class's notes as CSV (teacher only), safe to open in a spreadsheet.
import { toCsv } from "@/lib/export/csv";
import { requireUser } from "@/server/auth/current-user";
import { exportClassNotes } from "@/server/data/classes/export-class-notes";
import { apiRoute } from "@/server/http/api-route";
import { EXPORT_MAX_NOTES } from "@/lib/limits";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { notes, truncated } = await exportClassNotes({ userId: user.id, classId: (await params).id });
  const header = [
    "id",
    "document",
    "sentence",
    "language",
    "quote",
    "author",
    "visibility",
    "hidden",
    "motivation",
    "tags",
    "note",
    "replies",
    "created",
    "updated",
  ];
  const rows = notes.map((n) => [
    n.id,
    n.document,
    n.sentence,
    n.language,
    n.quote,
    n.author,
    n.visibility,
    n.hidden,
    n.motivation,
    n.tags,
    n.note,
    n.replies.map((r) => `${r.author}: ${r.text}`).join("\n"),
    n.createdAt,
    n.updatedAt,
  ]);
  // Capped (lib/limits.ts): the last row says so, where a teacher reading the sheet sees it.
  if (truncated)
    rows.push([
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      `Only the first ${notes.length} notes: an export holds at most ${EXPORT_MAX_NOTES}.`,
      "",
      "",
      "",
    ]);
  return new Response("\uFEFF" + toCsv(header, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="class-notes.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
