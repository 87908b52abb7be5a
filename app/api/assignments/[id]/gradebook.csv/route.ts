// GET /api/assignments/{id}/gradebook.csv[?notes&replies&proposals&votes&late] - one row per student: counts, on time or late, and a score from the weights given (teacher only), safe to open in a spreadsheet.
import { toCsv } from "@/lib/export/csv";
import { gradebookQuerySchema } from "@/lib/validation/assignments";
import { requireUser } from "@/server/auth/current-user";
import { gradebookRows, GRADEBOOK_HEADER } from "@/server/data/assignments/gradebook";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const weights = readQuery(request, gradebookQuerySchema);
  const rows = await gradebookRows({ userId: user.id, assignmentId: (await params).id, weights });
  return new Response("\uFEFF" + toCsv(GRADEBOOK_HEADER, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="gradebook.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
