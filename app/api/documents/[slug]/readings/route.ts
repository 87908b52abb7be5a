// GET /api/documents/{slug}/readings?version={versionId}&segments={id,…} - pinyin and 注音 of each word of some sentences of a version (ruby).
import { readingsQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { getReadings } from "@/server/data/dictionary/get-readings";
import { apiRoute } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { version, segments } = readQuery(request, readingsQuerySchema);
  const user = await getCurrentUser();
  const body = await getReadings({ userId: user?.id ?? null, slug: (await params).slug, version, segmentIds: segments });
  // What the caller may read can change (a document made private): kept by this browser only, briefly.
  return Response.json(body, { headers: { "Cache-Control": "private, max-age=60" } });
});
