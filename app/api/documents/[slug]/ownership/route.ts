// GET /api/documents/{slug}/ownership - { owner }: whether the signed-in caller owns the text (and may edit it).
// The public reader is the same static page for everyone; it asks this to offer its owner "Edit text".
// Anyone else, signed in or not, and any slug that does not exist, gets { owner: false }.
import { getCurrentUser } from "@/server/auth/current-user";
import { isDocumentOwner } from "@/server/data/documents/is-document-owner";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (_request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  const owner = user ? await isDocumentOwner({ userId: user.id, slug }) : false;
  return Response.json({ owner }, { headers: { "Cache-Control": "private, no-store" } });
});
