// GET /api/documents/{slug}/prompts[?limit&after] - the assignment prompts on this text for the caller's classes ({ prompts, next }); none for others, 404 for a text they may not read.
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { getCurrentUser } from "@/server/auth/current-user";
import { listDocumentPrompts } from "@/server/data/assignments/list-document-prompts";
import { apiRoute } from "@/server/http/api-route";
import { readPageQuery } from "@/server/http/page-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const userId = (await getCurrentUser())?.id ?? null;
  const page = readPageQuery(request);
  const rows = await listDocumentPrompts({ userId, slug: (await params).slug, page: pageWindow(page) });
  const { items, next } = pageOf(rows, page);
  return Response.json({ prompts: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
