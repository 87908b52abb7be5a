// POST /api/register - create an account with e-mail, password and name; the client then signs in through next-auth.
import { registerSchema } from "@/lib/validation/account";
import { clientAddress } from "@/server/auth/client-address";
import { createUser, takeRegistrationSlot } from "@/server/data/users/create-user";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const input = await readJsonAs(request, registerSchema, 4 * 1024);
  await takeRegistrationSlot(clientAddress(request.headers));
  const user = await createUser(input);
  return Response.json(user, { status: 201, headers: { "Cache-Control": "no-store" } });
});
