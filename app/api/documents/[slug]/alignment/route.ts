// GET /api/documents/{slug}/alignment - the owner's rows of English | Chinese (404 for anyone else).
// PUT /api/documents/{slug}/alignment - { rows, publish? }: replace a draft's alignment, and publish it.
import { revalidatePath } from "next/cache";
import { MAX_IMPORT_BYTES, saveAlignmentSchema } from "@/lib/validation/document-import";
import { requireUser } from "@/server/auth/current-user";
import { documentPath } from "@/server/data/documents/document-url";
import { getAlignment } from "@/server/data/documents/get-alignment";
import { saveAlignment } from "@/server/data/documents/save-alignment";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ slug: string }> };

export const GET = apiRoute(async (_request, { params }: Context) => {
  const user = await requireUser();
  return Response.json(await getAlignment({ userId: user.id, slug: (await params).slug }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});

export const PUT = apiRoute(async (request, { params }: Context) => {
  const user = await requireUser();
  const { rows, publish } = await readJsonAs(request, saveAlignmentSchema, MAX_IMPORT_BYTES);
  const result = await saveAlignment({ userId: user.id, slug: (await params).slug, rows, publish });
  if (result.published) {
    revalidatePath(documentPath(result.slug));
    revalidatePath("/");
  }
  return Response.json({
    ...result,
    url: result.visibility === "public" ? documentPath(result.slug) : `/read/${encodeURIComponent(result.slug)}`,
  });
});
