import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { routeLocale } from "@/lib/i18n/request-locale";
import { Reader } from "@/components/reader/reader";
import { getCurrentUser } from "@/server/auth/current-user";
import { getDocument } from "@/server/data/documents/get-document";
import { isDocumentOwner } from "@/server/data/documents/is-document-owner";

// The reader for the signed-in viewer: their private imports and drafts, which the static,
// shared /documents/{slug} page never contains (it is rendered for nobody in particular and
// cached). Rendered on every request with the viewer's session, so nothing private is cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache(async (slug: string) => {
  const user = await getCurrentUser();
  return { user, document: user ? await getDocument({ slug, userId: user.id }) : null };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const { document } = await load(slug);
  return { title: document?.title ?? (await getTranslations({ locale, namespace: "NotFound" }))("metaTitle"), robots: { index: false } };
}

export default async function PrivateReaderPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const { user, document } = await load(slug);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/read/${slug}`)}`);
  if (!document) notFound();
  const owner = await isDocumentOwner({ userId: user.id, slug });
  return <Reader document={document} editLink={owner ? "owner" : undefined} />;
}
