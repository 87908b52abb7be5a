// GET /api/segments/{id}/word-alignment?version={versionId} - which Chinese renders which English words.
import { wordAlignmentQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { getWordAlignment } from "@/server/data/alignment/get-word-alignment";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const { version } = readQuery(request, wordAlignmentQuerySchema);
  const user = await getCurrentUser();
  return Response.json(await getWordAlignment({ userId: user?.id ?? null, segmentId: (await params).id, version }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
