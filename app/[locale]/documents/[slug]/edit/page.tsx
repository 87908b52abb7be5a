import { sentenceNumbers } from "@/lib/documents/sentence-numbers";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TextEditor } from "@/components/imports/text-editor";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import { ownAlignment } from "../own-alignment";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "EditText" });
  return { title: t("title") };
}

/** The owner corrects a published document sentence by sentence; notes are re-anchored on save. */
export default async function EditTextPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const t = await getTranslations("EditText");
  const alignment = await ownAlignment(slug, "edit");
  if (!alignment.published) redirect(`/documents/${encodeURIComponent(slug)}/align`);
  // Numbered as the reader numbers them, so "sentence 3" means the same sentence on both pages.
  const numbers = sentenceNumbers(alignment.rows);
  return (
    <div className="page align-page">
      <h1>{t("heading", { title: alignment.title })}</h1>
      <p className="lede">{t.rich("lede", { link: (chunks) => <Link href={`/read/${encodeURIComponent(slug)}`}>{chunks}</Link> })}</p>
      <ClientMessages namespaces={["EditText"]}>
        <TextEditor
          slug={slug}
          rows={alignment.rows.map(({ segmentId, paragraph, en, zh, translationId }, i) => ({
            segmentId,
            paragraph,
            en,
            zh,
            translationId,
            number: numbers[i] ?? null,
          }))}
        />
      </ClientMessages>
    </div>
  );
}
