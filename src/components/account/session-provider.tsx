"use client";
/**
 * Gives client components the session (useSession). It is fetched by the browser after the
 * page loads, so pages stay static: nothing personal is rendered on the server for the layout.
 */
import { SessionProvider } from "next-auth/react";

export function AuthSessionProvider({ children }: { children: React.ReactNode }) {
  return <SessionProvider>{children}</SessionProvider>;
}
