"use client";
/* eslint-disable @next/next/no-html-link-for-pages -- plain links keep next/link out of every first load (see the comment below) */
/**
 * "Sign in" / "Sign up" for visitors; the user's name (to /account) and "Sign out" once signed in.
 * Plain <a> links, as in the rest of the header (site-header.tsx says why).
 */
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useSession } from "./session-store";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";

export function AccountNav() {
  const t = useTranslations("Header");
  const { data: session, status } = useSession();
  const pathname = usePathname();
  const [signingOut, setSigningOut] = useState(false);

  // Until the session has loaded, keep the space and show nothing that might turn out wrong.
  if (status === "loading") return <div className="account-nav" aria-hidden="true" />;

  if (status === "unauthenticated" || !session?.user) {
    const returnTo =
      pathname && pathname !== "/" && !/^\/(?:signin|signup|reset-password)/.test(pathname)
        ? `?callbackUrl=${encodeURIComponent(pathname)}`
        : "";
    return (
      <nav className="account-nav" aria-label={t("account")}>
        <a href={`/signin${returnTo}`}>{t("signIn")}</a>
        <a href={`/signup${returnTo}`} className="button button-small">
          {t("signUp")}
        </a>
      </nav>
    );
  }

  return (
    <nav className="account-nav" aria-label={t("account")}>
      <a href="/classes">{t("classes")}</a>
      <a href="/import">{t("import")}</a>
      <a href="/account" className="account-name" title={t("yourAccount")}>
        {session.user.name || session.user.email || t("yourAccount")}
      </a>
      <SubmitButton
        type="button"
        className="button button-small button-quiet"
        busy={signingOut}
        busyLabel={t("signingOut")}
        onClick={() => {
          setSigningOut(true);
          // next-auth's client loads only when someone signs out: it is not part of every page.
          import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" })).catch(() => setSigningOut(false));
        }}
      >
        {t("signOut")}
      </SubmitButton>
    </nav>
  );
}
