// GET /api/classes/{id}[?limit&after] - the class and a page of its members (100 by default, 500 at most, `membersNext` for the rest), for members (404 otherwise).
import { requireUser } from "@/server/auth/current-user";
import { getClassOrThrow } from "@/server/data/classes/get-class";
import { readPageQuery } from "@/server/http/page-query";
import { pageOf } from "@/lib/validation/page-query";
import { apiRoute } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const page = readPageQuery(request);
  const klass = await getClassOrThrow({ userId: user.id, classId: (await params).id });
  const { items: members, next: membersNext } = pageOf(klass.members.slice(page.after, page.after + page.limit + 1), page);
  return Response.json({ ...klass, members, membersNext }, { headers: { "Cache-Control": "private, no-store" } });
});
