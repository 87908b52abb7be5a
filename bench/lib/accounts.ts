/**
 * Many people at once, each registered and signed in through the API as a browser would
 * (`signUp`): the benchmark writes and reads as the many users of a class or a school do, with the
 * write limits on, not as one account.
 */
import { signUp, type HttpUser } from "../../tests/support/http-user";

/** `count` new accounts named `${name} 1…count`, `concurrency` sign-ups at a time (each hashes a password on the server). */
export async function signUpMany(base: string, name: string, count: number, concurrency = 8): Promise<HttpUser[]> {
  const users: HttpUser[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        users[i] = await signUp(base, `${name} ${i + 1}`);
      }
    }),
  );
  return users;
}
