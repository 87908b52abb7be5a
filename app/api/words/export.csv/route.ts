// GET /api/words/export.csv - My words as CSV that Anki imports (front, back, sentence), safe to open in a spreadsheet.
import { ankiCsv } from "@/lib/export/anki";
import { requireUser } from "@/server/auth/current-user";
import { quota } from "@/server/data/limits/configured-limits";
import { listSavedWords } from "@/server/data/words/saved-words";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const words = await listSavedWords({ userId: user.id, page: { skip: 0, take: quota("wordsPerUser") } });
  return new Response(ankiCsv(words), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-words.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
