// GET /api/documents/{slug}/concordance?q={term} - every sentence pair holding an English or Chinese term, with each version's rendering.
import { concordanceQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { getConcordance } from "@/server/data/concordance/get-concordance";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { q } = readQuery(request, concordanceQuerySchema);
  const user = await getCurrentUser();
  return Response.json(await getConcordance({ userId: user?.id ?? null, slug: (await params).slug, q }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
