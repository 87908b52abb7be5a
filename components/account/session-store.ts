"use client";
/**
 * The browser's view of the session, without next-auth's client library: one GET of
 * /api/auth/session, shared by every component through a tiny store. The reader ships this instead
 * of next-auth/react (about 12 KB gzip); sign-in pages still use next-auth/react's signIn(), then
 * call refreshSession().
 *
 * Like next-auth's SessionProvider it refetches when the tab becomes visible again, and when
 * another tab signs in or out (next-auth announces that in localStorage under "nextauth.message").
 */
import { useSyncExternalStore } from "react";
import { writeSessionHint } from "./session-hint";

export interface SessionData {
  user?: { id?: string; name?: string | null; email?: string | null };
  expires?: string;
}
export type SessionStatus = "loading" | "authenticated" | "unauthenticated";
export interface SessionState {
  data: SessionData | null;
  status: SessionStatus;
}

const LOADING: SessionState = { data: null, status: "loading" };
let state: SessionState = LOADING;
let inFlight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function set(next: SessionState) {
  // The hint for the next page's first paint (session-hint.ts), written as soon as the answer is in:
  // a sign-in form navigates away right after refreshSession().
  if (next.status !== "loading") writeSessionHint(next.data?.user ? next.data.user.name || next.data.user.email || "" : null);
  // Same user, same status: keep the old object so nothing re-renders or refetches.
  if (next.status === state.status && JSON.stringify(next.data) === JSON.stringify(state.data)) return;
  state = next;
  listeners.forEach((listener) => listener());
}

/** Reads the session again from the server (after signing in, or a change of name). */
export function refreshSession(): Promise<void> {
  inFlight ??= fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<SessionData>) : null))
    .then((data) => set(data?.user ? { data, status: "authenticated" } : { data: null, status: "unauthenticated" }))
    // Unreachable server: keep what we knew; a visitor is shown as signed out rather than waiting forever.
    .catch(() => set(state.status === "loading" ? { data: null, status: "unauthenticated" } : state))
    .finally(() => (inFlight = null));
  return inFlight;
}

let started = false;
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void refreshSession();
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && void refreshSession());
    window.addEventListener("storage", (event) => event.key === "nextauth.message" && void refreshSession());
  }
  return () => listeners.delete(listener);
}

/** `{ data, status }` as next-auth's useSession gives them, plus update() to read the session again. */
export function useSession(): SessionState & { update: () => Promise<void> } {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => LOADING,
  );
  return { ...current, update: refreshSession };
}
