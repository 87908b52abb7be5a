import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Reader } from "@/components/reader/reader";
import { getDocument } from "@/server/data/documents/get-document";

// The text is the same for every reader: render it once per slug on first visit, then serve it
// as static HTML, refreshed at most every five minutes. What is personal loads after it.
export const revalidate = 300;
export const generateStaticParams = async () => [];

const loadDocument = cache((slug: string) => getDocument({ slug, userId: null }));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await loadDocument((await params).slug);
  return { title: document?.title ?? "Not found" };
}

export default async function DocumentPage({ params }: Props) {
  const document = await loadDocument((await params).slug);
  if (!document) notFound();
  return <Reader document={document} />;
}
