// GET /api/documents/{slug}/annotations.jsonld - the caller's visible annotations as a W3C AnnotationCollection.
import { getCurrentUser } from "@/server/auth/current-user";
import { listAnnotations } from "@/server/data/annotations/list-annotations";
import { ANNO_CONTENT_TYPE, toAnnotationCollection } from "@/server/data/annotations/to-web-annotation";
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute } from "@/server/http/api-route";
import { publicOrigin } from "@/server/http/public-origin";
import { notFound } from "@/server/http/errors";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  const userId = user?.id ?? null;
  const document = await getDocument({ slug, userId });
  if (!document) throw notFound(`Document "${slug}"`);
  const annotations = await listAnnotations({ userId, documentSlug: slug });
  const body = toAnnotationCollection({ origin: publicOrigin(), document, annotations });
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": ANNO_CONTENT_TYPE,
      "Content-Disposition": `inline; filename="${slug}-annotations.jsonld"`,
      "Cache-Control": "private, no-store",
    },
  });
});
