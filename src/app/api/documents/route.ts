// GET /api/documents - the documents the caller may read.
import { listDocuments } from "@/server/data/documents/list-documents";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async () => {
  const documents = await listDocuments({ userId: null });
  return Response.json({ documents });
});
