import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import "@/components/classes/classes.css";
import { Reader } from "@/components/reader/reader";
import { JoinFromShare } from "@/components/share/join-from-share";
import { SharedAnnotationLayer } from "@/components/share/shared-annotation-layer";
import { getCurrentUser } from "@/server/auth/current-user";
import { getDocument } from "@/server/data/documents/get-document";
import { openShare, type OpenedShare } from "@/server/data/shares/open-share";
import { HttpError } from "@/server/http/errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";

// Every open checks the link again (revoked, expired, lapsed) and reads the notes as they are now, for this viewer.
export const dynamic = "force-dynamic";
// The token is the whole secret: keep it out of search engines too (Referrer-Policy is in next.config.js).
type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "SharePage" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SharedViewPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("SharePage");
  const { token } = await params;
  const viewer = await getCurrentUser();
  let share: OpenedShare;
  try {
    share = await openShare({ token, viewerId: viewer?.id ?? null });
  } catch (error) {
    // 404 for made-up, revoked, expired and lapsed links alike; not-found.tsx says which cases these are.
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  }
  const document = await getDocument({ slug: share.documentSlug, userId: share.ownerId });
  if (!document) notFound();
  // A class-only text is for its class's members (and its owner): a link does not open it to anyone else.
  if (document.classOnly && !(viewer && (await getDocument({ slug: share.documentSlug, userId: viewer.id })))) notFound();
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <div className="share-page-banner" role="region" aria-label={t("about")}>
        <p>
          {share.className
            ? t.rich("sharedByFromClass", { name: share.ownerName, className: share.className, count: share.annotations.length, strong })
            : t.rich("sharedBy", { name: share.ownerName, count: share.annotations.length, strong })}
        </p>
        {share.withheld > 0 && (
          <p>
            {viewer
              ? t("withheldMember")
              : t.rich("withheldSignIn", {
                  link: (chunks) => <Link href={`/signin?callbackUrl=${encodeURIComponent(`/s/${token}`)}`}>{chunks}</Link>,
                })}
          </p>
        )}
        {share.allowJoin && share.className && (
          <ClientMessages namespaces={["SharedNotes"]}>
            <JoinFromShare token={token} className={share.className} />
          </ClientMessages>
        )}
      </div>
      <Reader
        document={document}
        preferences={{ layout: share.view.layout, version: share.view.versionId }}
        layerNamespaces={["SharedNotes"]}
        layer={
          <SharedAnnotationLayer
            annotations={share.annotations}
            focus={share.view.focus && share.annotations.some((a) => a.id === share.view.focus) ? share.view.focus : null}
          />
        }
      />
    </>
  );
}
