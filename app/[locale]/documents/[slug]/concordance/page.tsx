// /documents/{slug}/concordance?q= - a word or phrase in every sentence pair, with each version's rendering marked and tallied.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConcordanceView } from "@/components/concordance/concordance-view";
import { guessScript } from "@/lib/script/guess-script";
import { routeLocale } from "@/lib/i18n/request-locale";
import { concordanceQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { getConcordance } from "@/server/data/concordance/get-concordance";
import { getDocument } from "@/server/data/documents/get-document";

// Depends on who is looking (private imports) and on the query: render per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "Concordance" });
  return { title: t("metaTitle", { slug }) };
}

export default async function ConcordancePage({ params, searchParams }: Props) {
  await routeLocale(params);
  const userId = (await getCurrentUser())?.id ?? null;
  const slug = (await params).slug;
  const document = await getDocument({ slug, userId });
  if (!document) notFound();
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const parsed = q ? concordanceQuerySchema.safeParse({ q }) : null;
  const result = parsed?.success ? await getConcordance({ userId, slug, q: parsed.data.q }) : null;
  const shownScript = (await getLocale()) === "zh-Hans" || guessScript(q) === "hans" ? "hans" : null;
  return (
    <ConcordanceView
      document={document}
      q={result?.q ?? q}
      result={result}
      invalid={parsed !== null && !parsed.success}
      shownScript={shownScript}
    />
  );
}
