// PATCH /api/account/digest - the signed-in user's daily e-mail digest { emailDigest, locale } -> 200 { emailDigest, locale }.
import { emailDigestSchema } from "@/lib/validation/account";
import { requireUser } from "@/server/auth/current-user";
import { setEmailDigest } from "@/server/data/users/set-email-digest";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(async (request) => {
  const user = await requireUser();
  const input = await readJsonAs(request, emailDigestSchema, 1024);
  return Response.json(await setEmailDigest({ userId: user.id, input }), { headers: { "Cache-Control": "no-store" } });
});
