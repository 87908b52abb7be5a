"use client";
/* eslint-disable @next/next/no-html-link-for-pages -- plain links keep next/link out of every first load (see the comment below) */
/**
 * "Sign in" / "Sign up" for visitors; the user's name (to /account) and "Sign out" once signed in.
 * Plain <a> links, as in the rest of the header (site-header.tsx says why).
 *
 * Until the session has answered, both sets of links are in the HTML and the session hint
 * (session-hint.ts, applied before the first paint) shows the one this browser last had, with the
 * name; so a signed-in reader sees their links from the first paint, and nothing pops in.
 */
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useSession } from "./session-store";
import { lazy, Suspense, useEffect, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { applySessionHintScript, writeSessionHint } from "./session-hint";

// Only a signed-in reader has a bell: its code (list, live count, marking read) loads once the
// session says so, not with every visitor's first page.
const NotificationBell = lazy(() => import("@/components/notifications/notification-bell").then((m) => ({ default: m.NotificationBell })));

export function AccountNav() {
  const t = useTranslations("Header");
  const { data: session, status } = useSession();
  const pathname = usePathname();
  const [signingOut, setSigningOut] = useState(false);
  const name = session?.user?.name || session?.user?.email || "";

  // Once the session has answered, it decides (session-store.ts keeps the hint in step for the next page).
  useEffect(() => {
    if (status !== "loading") document.documentElement.removeAttribute("data-session");
  }, [status]);

  const returnTo =
    pathname && pathname !== "/" && !/^\/(?:signin|signup|reset-password)/.test(pathname)
      ? `?callbackUrl=${encodeURIComponent(pathname)}`
      : "";
  const visitor = (
    <nav className="account-nav" aria-label={t("account")} data-for={status === "loading" ? "visitor" : undefined}>
      <a href={`/signin${returnTo}`}>{t("signIn")}</a>
      <a href={`/signup${returnTo}`} className="button button-small">
        {t("signUp")}
      </a>
    </nav>
  );
  const member = (nameShown: React.ReactNode) => (
    <nav className="account-nav" aria-label={t("account")} data-for={status === "loading" ? "member" : undefined}>
      {status === "authenticated" && (
        <Suspense fallback={null}>
          <NotificationBell />
        </Suspense>
      )}
      <a href="/classes">{t("classes")}</a>
      <a href="/import">{t("import")}</a>
      <a href="/account" className="account-name" title={t("yourAccount")}>
        {nameShown}
      </a>
      <SubmitButton
        type="button"
        className="button button-small button-quiet"
        busy={signingOut}
        busyLabel={t("signingOut")}
        onClick={() => {
          setSigningOut(true);
          writeSessionHint(null);
          // next-auth's client loads only when someone signs out: it is not part of every page.
          import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" })).catch(() => setSigningOut(false));
        }}
      >
        {t("signOut")}
      </SubmitButton>
    </nav>
  );

  if (status === "loading") {
    return (
      <>
        {visitor}
        {member(<span className="account-name-hint" />)}
        <script dangerouslySetInnerHTML={{ __html: applySessionHintScript }} />
      </>
    );
  }
  if (status === "unauthenticated" || !session?.user) return visitor;
  return member(name || t("yourAccount"));
}
