// /documents/{slug}/compare - the whole letter: sentences down, two chosen renderings across with their differences marked.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompareView } from "@/components/translations/compare-view";
import { getCurrentUser } from "@/server/auth/current-user";
import { documentSnapshot } from "@/server/data/concordance/document-snapshot";
import { readableDocumentIdOrThrow } from "@/server/data/documents/readable-document-id";
import { getDocumentComparison } from "@/server/data/translations/get-document-comparison";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";

// Votes and proposals change all the time and depend on who is looking: render per request.
export const dynamic = "force-dynamic";

const LINKS_WAIT_MS = 5000;

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "CompareView" });
  return { title: t("metaTitle", { slug }) };
}

export default async function ComparePage({ params, searchParams }: Props) {
  await routeLocale(params);
  const user = await getCurrentUser();
  const { slug } = await params;
  const comparison = await getDocumentComparison({ userId: user?.id ?? null, slug });
  if (!comparison) notFound();
  // Word links come from the alignment cache; the first visit after an edit aligns in the text
  // worker, and the page does not wait long for it (the character diff stands in meanwhile).
  const documentId = await readableDocumentIdOrThrow({ slug, userId: user?.id ?? null });
  const links = await Promise.race([
    documentSnapshot(documentId).then(
      (s) => s.links,
      () => null,
    ),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), LINKS_WAIT_MS)),
  ]);
  const search = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return (
    <ClientMessages namespaces={["Compare"]}>
      <CompareView document={comparison.document} segments={comparison.segments} a={one(search.a)} b={one(search.b)} wordLinks={links} />
    </ClientMessages>
  );
}
