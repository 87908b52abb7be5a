// PATCH /api/segments/{id} - { text }: the document's owner corrects a sentence; notes on it are re-anchored (404 for anyone else).
import { revalidatePath } from "next/cache";
import { editTextSchema, MAX_EDIT_BYTES } from "@/lib/validation/document-import";
import { requireUser } from "@/server/auth/current-user";
import { documentPath } from "@/server/data/documents/document-url";
import { updateSegmentText } from "@/server/data/documents/update-segment-text";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { text } = await readJsonAs(request, editTextSchema, MAX_EDIT_BYTES);
  const result = await updateSegmentText({ userId: user.id, segmentId: (await params).id, text });
  // The static reader page holds the old text until it is rebuilt.
  revalidatePath(documentPath(result.documentSlug));
  return Response.json(result);
});
