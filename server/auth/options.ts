/**
 * next-auth configuration: e-mail + password (credentials provider, id `credentials`), plus
 * GitHub and Google when their client id and secret are configured. Sessions are JWTs, so any
 * app instance can serve any request; the token carries the user's `sessionVersion`, and
 * getCurrentUser() refuses tokens older than the account's (after a password change or deletion).
 * Every session read re-checks that against the database (refresh-session-token.ts), so the
 * browser's view of the session (useSession) ends too, and shows the current name. Signing out
 * bumps it too (data/users/end-sessions.ts): copies of the cookie end with it.
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../http/api-route";
import { isDatabaseUnavailable } from "../http/database-errors";
import { endSessions } from "../data/users/end-sessions";
import { authorizeCredentials } from "./authorize-credentials";
import { linkOAuthUser } from "./link-oauth-user";
import { oauthAvailability } from "./oauth-config";
import { refreshSessionToken } from "./refresh-session-token";
import { SignInThrottledError } from "../data/users/sign-in-throttle";
import { encodeSignInRefusal } from "@/lib/errors/sign-in-refusal";

function oauthProviders() {
  const providers = [];
  const available = oauthAvailability();
  if (available.github) {
    providers.push(GitHubProvider({ clientId: process.env.GITHUB_CLIENT_ID!, clientSecret: process.env.GITHUB_CLIENT_SECRET! }));
  }
  if (available.google) {
    providers.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID!, clientSecret: process.env.GOOGLE_CLIENT_SECRET! }));
  }
  return providers;
}

/**
 * next-auth hands a thrown error's message to the sign-in form: only refusals meant for people get
 * through, each with its code (lib/errors/sign-in-refusal.ts) so the form says it in the reader's language.
 */
async function authorize(...args: Parameters<typeof authorizeCredentials>) {
  try {
    return await authorizeCredentials(...args);
  } catch (error) {
    if (error instanceof SignInThrottledError)
      throw new Error(encodeSignInRefusal("sign_in_throttled", error.message, { retryAfterSeconds: error.retryAfterSeconds }));
    if (isDatabaseUnavailable(error)) throw new Error(encodeSignInRefusal("database_unavailable", DATABASE_UNAVAILABLE_MESSAGE));
    console.error("[interleaf] sign-in failed:", error);
    throw new Error(encodeSignInRefusal("internal_error", "Signing in failed on our side. Please try again in a moment."));
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authorize(credentials, request),
    }),
    ...oauthProviders(),
  ],
  logger: {
    error(code, metadata) {
      // A session that ended on purpose (password changed, account deleted) is not an error.
      if (code === "JWT_SESSION_ERROR" && (metadata as { name?: unknown } | undefined)?.name === "SessionEndedError") return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    // Every copy of this session's cookie stops working, not only the one this browser deletes.
    async signOut({ token }) {
      if (!token?.sub) return;
      try {
        await endSessions({ userId: token.sub, sessionVersion: typeof token.sessionVersion === "number" ? token.sessionVersion : 0 });
      } catch (error) {
        // next-auth still clears this browser's cookie; the copies live on until they expire.
        console.error("[interleaf] ending the sessions at sign-out failed:", error);
      }
    },
  },
  callbacks: {
    async jwt({ token, user, account }) {
      if (user && account) {
        const linked = account.provider === "credentials" ? user : await linkOAuthUser(account, user);
        const u = linked as { id: string; name?: string | null; email?: string | null; sessionVersion?: number };
        token.sub = u.id;
        token.name = u.name;
        token.email = u.email;
        token.sessionVersion = u.sessionVersion ?? 0;
        return token;
      }
      return refreshSessionToken(token);
    },
    async session({ session, token }) {
      if (session.user) {
        // next-auth fills session.user from the token as it was read, before jwt() refreshed it.
        session.user.name = token.name;
        session.user.email = token.email;
        if (token.sub) (session.user as { id?: string }).id = token.sub;
      }
      (session as { sessionVersion?: unknown }).sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
