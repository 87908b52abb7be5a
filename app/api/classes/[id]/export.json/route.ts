// GET /api/classes/{id}/export.json - the class's notes and replies as JSON (teacher only).
import { requireUser } from "@/server/auth/current-user";
import { exportClassNotes } from "@/server/data/classes/export-class-notes";
import { apiRoute } from "@/server/http/api-route";
import { EXPORT_MAX_NOTES } from "@/lib/limits";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const result = await exportClassNotes({ userId: user.id, classId: (await params).id });
  return Response.json(
    {
      format: "interleaf-class-notes/1",
      exportedAt: new Date().toISOString(),
      className: result.className,
      notes: result.notes,
      ...(result.truncated
        ? { truncated: `Only the first ${result.notes.length} notes: an export holds at most ${EXPORT_MAX_NOTES}.` }
        : {}),
    },
    { headers: { "Content-Disposition": `attachment; filename="class-notes.json"`, "Cache-Control": "private, no-store" } },
  );
});
