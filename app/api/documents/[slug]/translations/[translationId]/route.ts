// PATCH /api/documents/{slug}/translations/{translationId} - { text }: the owner corrects a published translation; notes on it are re-anchored.
import { revalidatePath } from "next/cache";
import { editTextSchema, MAX_EDIT_BYTES } from "@/lib/validation/document-import";
import { requireUser } from "@/server/auth/current-user";
import { documentPath } from "@/server/data/documents/document-url";
import { updateTranslationText } from "@/server/data/documents/update-translation-text";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(async (request, { params }: { params: Promise<{ slug: string; translationId: string }> }) => {
  const user = await requireUser();
  const { slug, translationId } = await params;
  const { text } = await readJsonAs(request, editTextSchema, MAX_EDIT_BYTES);
  const result = await updateTranslationText({ userId: user.id, slug, translationId, text });
  revalidatePath(documentPath(result.documentSlug));
  return Response.json(result);
});
