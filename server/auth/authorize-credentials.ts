/** The credentials provider's check: throttled, constant work whether or not the e-mail exists. */
import "server-only";
import { getDb } from "../db";
import { clientAddress } from "./client-address";
import { hashPassword, verifyPassword } from "../data/users/password";
import { assertSignInAllowed, clearSignInFailures, recordSignInFailure } from "../data/users/sign-in-throttle";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

// Verifying against a real hash when the e-mail is unknown keeps response times alike,
// so timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined;

export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  request: { headers?: Headers | Record<string, string | string[] | undefined> } | undefined,
) {
  const email = normaliseEmail(String(credentials?.email ?? ""));
  const password = String(credentials?.password ?? "");
  if (!email || !password) return null;
  const ip = clientAddress(request?.headers);

  await assertSignInAllowed(email, ip);

  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await (dummyHash ??= hashPassword("not-a-real-password")), password), false);
  if (!user || !ok) {
    await recordSignInFailure(email, ip);
    return null;
  }
  await clearSignInFailures(email, ip);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
