import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/components/classes/classes.css";
import { Reader } from "@/components/reader/reader";
import { JoinFromShare } from "@/components/share/join-from-share";
import { SharedAnnotationLayer } from "@/components/share/shared-annotation-layer";
import { getDocument } from "@/server/data/documents/get-document";
import { openShare, type OpenedShare } from "@/server/data/shares/open-share";
import { HttpError } from "@/server/http/errors";
import { routeLocale } from "@/i18n/request-locale";

// Every open checks the link again (revoked, expired) and reads the notes as they are now.
export const dynamic = "force-dynamic";
// The token is the whole secret: keep it out of search engines too (Referrer-Policy is in next.config.ts).
export const metadata: Metadata = { title: "Shared view", robots: { index: false, follow: false } };

export default async function SharedViewPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  await routeLocale(params);
  const { token } = await params;
  let share: OpenedShare;
  try {
    share = await openShare({ token });
  } catch (error) {
    // 404 for made-up, revoked and expired links alike; not-found.tsx says which cases these are.
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) notFound();
    throw error;
  }
  const document = await getDocument({ slug: share.documentSlug, userId: share.ownerId });
  if (!document) notFound();
  return (
    <>
      <div className="share-page-banner" role="region" aria-label="About this shared view">
        <p>
          A read-only view shared by <strong>{share.ownerName}</strong>
          {share.className && <> from the class {share.className}</>}: {share.annotations.length} {share.annotations.length === 1 ? "note" : "notes"}.
        </p>
        {share.allowJoin && share.className && <JoinFromShare token={token} className={share.className} />}
      </div>
      <Reader
        document={document}
        preferences={{ layout: share.view.layout, version: share.view.versionId }}
        layer={<SharedAnnotationLayer annotations={share.annotations} focus={share.view.focus && share.annotations.some((a) => a.id === share.view.focus) ? share.view.focus : null} />}
      />
    </>
  );
}
