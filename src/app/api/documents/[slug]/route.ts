// GET /api/documents/{slug} - one document with its segments and published translations.
import { getCurrentUser } from "@/server/auth/current-user";
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute, jsonError } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  // Signed in, the owner also reads their private imports and drafts; everyone else gets 404 for those.
  const userId = (await getCurrentUser())?.id ?? null;
  const document = await getDocument({ slug, userId });
  if (!document) return jsonError(404, `No document "${slug}". GET /api/documents lists the documents you can read.`);
  return Response.json(document, userId ? { headers: { "Cache-Control": "private, no-store" } } : undefined);
});
