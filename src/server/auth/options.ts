/**
 * next-auth configuration: e-mail + password (credentials provider, id `credentials`), plus
 * GitHub and Google when their client id and secret are configured. Sessions are JWTs, so any
 * app instance can serve any request; the token carries the user's `sessionVersion`, and
 * getCurrentUser() refuses tokens older than the account's (after a password change or deletion).
 */
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { authorizeCredentials } from "./authorize-credentials";
import { linkOAuthUser } from "./link-oauth-user";

function oauthProviders() {
  const providers = [];
  if (process.env.GITHUB_CLIENT_ID && process.env.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: process.env.GITHUB_CLIENT_ID, clientSecret: process.env.GITHUB_CLIENT_SECRET }));
  }
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: process.env.GOOGLE_CLIENT_ID, clientSecret: process.env.GOOGLE_CLIENT_SECRET }));
  }
  return providers;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request),
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, account }) {
      if (user && account) {
        const linked = account.provider === "credentials" ? user : await linkOAuthUser(account, user);
        const u = linked as { id: string; sessionVersion?: number };
        token.sub = u.id;
        token.sessionVersion = u.sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      (session as { sessionVersion?: unknown }).sessionVersion = token.sessionVersion;
      return session;
    },
  },
};
