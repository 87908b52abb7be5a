import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateClassForm, JoinClassForm } from "@/components/classes/class-forms";
import "@/components/classes/classes.css";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { listMyClasses } from "@/server/data/classes/list-my-classes";
import { readUnlessUnavailable, UNAVAILABLE } from "@/server/http/database-errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** An invite link's code (`?code=`), if it looks like one; anything else is ignored. */
const inviteCode = z.object({ code: z.string().max(40).optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Classes" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function ClassesPage({ params, searchParams }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Classes");
  const user = await getCurrentUser();
  const { code } = inviteCode.parse(await searchParams);
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(code ? `/classes?code=${encodeURIComponent(code)}` : "/classes")}`);
  const classes = await readUnlessUnavailable(() => listMyClasses({ userId: user.id }));
  if (classes === UNAVAILABLE) return <UnavailableNotice />;
  return (
    <div className="page classes-page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <section className="class-section" aria-labelledby="my-classes">
        <h2 id="my-classes">{t("classesYouAreIn")}</h2>
        {classes.length === 0 ? (
          <p className="class-meta">{t("none")}</p>
        ) : (
          <ul className="class-list">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/classes/${c.id}`}>{c.name}</Link>{" "}
                <span className="class-meta">
                  · {c.role === "teacher" ? t("roleTeacher") : t("roleStudent")} · {t("memberCount", { count: c.memberCount })}
                  {c.joinCode && <> · {t("code", { code: c.joinCode })}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ClientMessages namespaces={["ClassForms"]}>
        <div className="class-grid">
          <section aria-labelledby="create-heading">
            <h2 id="create-heading">{t("createHeading")}</h2>
            <CreateClassForm />
          </section>
          <section aria-labelledby="join-heading">
            <h2 id="join-heading">{t("joinHeading")}</h2>
            <JoinClassForm initialCode={code ?? ""} />
          </section>
        </div>
      </ClientMessages>
    </div>
  );
}
