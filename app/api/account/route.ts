// PATCH /api/account - change the signed-in user's name. DELETE /api/account - delete the account (confirmed by typing its e-mail).
import { deleteAccountSchema, updateAccountSchema } from "@/lib/validation/account";
import { requireUser } from "@/server/auth/current-user";
import { deleteUser } from "@/server/data/users/delete-user";
import { updateUserName } from "@/server/data/users/update-user-name";
import { apiRoute } from "@/server/http/api-route";
import { readJsonAs } from "@/server/http/read-json";

export const dynamic = "force-dynamic";

export const PATCH = apiRoute(async (request) => {
  const user = await requireUser();
  const { name } = await readJsonAs(request, updateAccountSchema, 4 * 1024);
  return Response.json(await updateUserName({ userId: user.id, name }), { headers: { "Cache-Control": "no-store" } });
});

export const DELETE = apiRoute(async (request) => {
  const user = await requireUser();
  const { confirmEmail } = await readJsonAs(request, deleteAccountSchema, 4 * 1024);
  await deleteUser({ userId: user.id, confirmEmail });
  return new Response(null, { status: 204 });
});
