import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { routeLocale } from "@/lib/i18n/request-locale";
import { Reader } from "@/components/reader/reader";
import { getDocument } from "@/server/data/documents/get-document";

// The text is the same for every reader: render it once per slug on first visit, then serve it
// as static HTML, refreshed at most every five minutes. What is personal loads after it.
export const revalidate = 300;
export const generateStaticParams = async () => [];

const loadDocument = cache((slug: string) => getDocument({ slug, userId: null }));

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const document = await loadDocument(slug);
  return { title: document?.title ?? (await getTranslations({ locale, namespace: "NotFound" }))("metaTitle") };
}

export default async function DocumentPage({ params }: Props) {
  await routeLocale(params);
  const document = await loadDocument((await params).slug);
  if (!document) notFound();
  return <Reader document={document} editLink="ask" />;
}
