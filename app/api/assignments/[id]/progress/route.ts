// GET /api/assignments/{id}/progress - { students: [{ userId, name, notes, replies, proposals, votes, done, late, status }] }: every student for the teacher, one's own row for a student, 404 for others.
import { requireUser } from "@/server/auth/current-user";
import { getAssignmentProgress } from "@/server/data/assignments/get-assignment-progress";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { students } = await getAssignmentProgress({ userId: user.id, assignmentId: (await params).id });
  return Response.json(
    {
      students: students.map((s) => ({
        userId: s.userId,
        name: s.name,
        notes: s.notes,
        replies: s.replies,
        proposals: s.proposals,
        votes: s.votes,
        done: s.done,
        late: s.late,
        status: s.status,
      })),
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
