// POST /api/shares - create a read-only link to an annotated view -> 201 { id, path, url, expiresAt } (url: on the configured origin).
// GET  /api/shares?document={slug}[&limit&after] - the caller's own links, a page at a time (`next` for the rest).
import { shareListQuerySchema } from "@/lib/validation/queries";
import { createShareSchema } from "@/lib/validation/share";
import { requireUser } from "@/server/auth/current-user";
import { createShare } from "@/server/data/shares/create-share";
import { listShares } from "@/server/data/shares/list-shares";
import { takeWriteSlot } from "@/server/data/limits/write-limits";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf, pageWindow } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";
import { publicOrigin } from "@/server/http/public-origin";
import { readJsonAs } from "@/server/http/read-json";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, createShareSchema, 64 * 1024);
  await takeWriteSlot(user.id, "shares");
  const share = await createShare({ userId: user.id, input, origin: publicOrigin() });
  return Response.json(share, { status: 201, headers: { "Cache-Control": "no-store" } });
});

export const GET = apiRoute(async (request) => {
  const user = await requireUser();
  const { document: documentSlug } = readQuery(request, shareListQuerySchema);
  const page = readPageQuery(request);
  const { items, next } = pageOf(await listShares({ userId: user.id, documentSlug, page: pageWindow(page) }), page);
  return Response.json({ shares: items, next }, { headers: { "Cache-Control": "private, no-store" } });
});
