// PATCH /api/annotations/{id}/target - { target }: the author re-attaches a note (an orphan) to new words, checked like a new target.
import { z } from "zod";
import { MAX_ANNOTATION_BYTES, targetSchema } from "@/lib/validation/annotation";
import { requireUser } from "@/server/auth/current-user";
import { reattachTarget } from "@/server/data/annotations/reattach-target";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

const reattachSchema = z.object({ target: targetSchema });

export const PATCH = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { target } = await readJsonAs(request, reattachSchema, MAX_ANNOTATION_BYTES);
  return Response.json(await reattachTarget({ userId: user.id, id: (await params).id, target }));
});
