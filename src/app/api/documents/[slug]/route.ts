// GET /api/documents/{slug} - one document with its segments and published translations.
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute, jsonError } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const document = await getDocument({ slug, userId: null });
  if (!document) return jsonError(404, `No document "${slug}". GET /api/documents lists the documents you can read.`);
  return Response.json(document);
});
