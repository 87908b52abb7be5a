// POST /api/classes/join - join a class by its code { code } -> 201 joined, 200 already a member; wrong code 404; too many wrong codes 429.
import { joinClassSchema } from "@/lib/validation/classes";
import { clientAddress } from "@/server/auth/client-address";
import { requireUser } from "@/server/auth/current-user";
import { joinClass } from "@/server/data/classes/join-class";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const user = await requireUser();
  const { code } = await readJsonAs(request, joinClassSchema, 4096);
  const result = await joinClass({ userId: user.id, code, address: clientAddress(request.headers) });
  return Response.json(result, { status: result.joined ? 201 : 200 });
});
