// GET /api/documents/{slug}/annotations.jsonld - the caller's visible annotations as a W3C AnnotationCollection.
import { getCurrentUser } from "@/server/auth/current-user";
import { listAnnotationsForExport } from "@/server/data/annotations/list-annotation-page";
import { EXPORT_MAX_NOTES } from "@/lib/limits";
import { ANNO_CONTENT_TYPE, toAnnotationCollection } from "@/server/data/annotations/to-web-annotation";
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute } from "@/server/http/api-route";
import { exportOrigin } from "@/server/http/public-origin";
import { notFound } from "@/server/http/errors";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  const userId = user?.id ?? null;
  const document = await getDocument({ slug, userId });
  if (!document) throw notFound("document_not_found", `Document "${slug}"`);
  // Read a page at a time and capped (lib/limits.ts): a document crowded with long notes cannot make one answer of hundreds of MB.
  const { annotations, truncated } = await listAnnotationsForExport({ userId, documentSlug: slug });
  const collection = toAnnotationCollection({ origin: exportOrigin(request), document, annotations });
  const body = truncated
    ? {
        ...collection,
        "interleaf:truncated": `This export holds the first ${annotations.length} notes only (at most ${EXPORT_MAX_NOTES} notes or 16 MB). Use GET /api/annotations?document=${slug} and its \`next\` cursor for the rest.`,
      }
    : collection;
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": ANNO_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="${slug}-annotations.jsonld"`,
      "Cache-Control": "private, no-store",
    },
  });
});
