import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AlignmentEditor } from "@/components/imports/alignment-editor";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import { ownAlignment } from "../own-alignment";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Align" });
  return { title: t("title") };
}

/** The owner's alignment editor for a draft; anyone else sees "not found". */
export default async function AlignPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const t = await getTranslations("Align");
  const alignment = await ownAlignment(slug, "align");
  if (alignment.published) redirect(`/documents/${encodeURIComponent(slug)}/edit`);
  return (
    <div className="page align-page">
      <h1>{t("heading", { title: alignment.title })}</h1>
      <p className="lede">{t.rich("lede", { link: (chunks) => <Link href="/import">{chunks}</Link> })}</p>
      <ClientMessages namespaces={["Align"]}>
        <AlignmentEditor
          slug={slug}
          title={alignment.title}
          visibility={alignment.visibility}
          initialRows={alignment.rows.map(({ paragraph, kind, en, zh }) => ({ paragraph, kind, en, zh }))}
        />
      </ClientMessages>
    </div>
  );
}
