import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/classes/activity-chart";
import { JoinCodeControl, RemoveMemberButton, RevokeClassLinkButton } from "@/components/classes/class-admin";
import { ClassTable } from "@/components/classes/class-table";
import { MemberRoleActions } from "@/components/classes/member-actions";
import { MemberNotesLink, MemberNotesProvider } from "@/components/classes/member-notes";
import { isTeacher } from "@/lib/classes/roles";
import { AssignmentsSection } from "@/components/assignments/assignments-section";
import { InviteLink } from "@/components/classes/invite-link";
import { inviteUrl, qrDataUrl } from "@/lib/classes/invite-qr";
import { publicOrigin } from "@/server/http/public-origin";
import "@/components/classes/classes.css";
import { getCurrentUser } from "@/server/auth/current-user";
import { getClassActivity, type ClassActivity } from "@/server/data/classes/get-class-activity";
import { getClassOrThrow, type ClassView } from "@/server/data/classes/get-class";
import { listAssignmentSummaries } from "@/server/data/assignments/list-assignment-summaries";
import { listDocuments } from "@/server/data/documents/list-documents";
import { listClassShares, type ClassShareSummary } from "@/server/data/shares/list-class-shares";
import { HttpError } from "@/server/http/errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";
import { TitledSection } from "@/components/ui/titled-section";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "ClassPage" });
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** Last active, in UTC (the server's zone, see i18n/request.ts), said the interface language's way. */
const LAST_ACTIVE = { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" } as const;

export default async function ClassPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("ClassPage");
  const format = await getFormatter();
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/classes/${id}`)}`);
  let klass: ClassView;
  try {
    klass = await getClassOrThrow({ userId: user.id, classId: id });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  }
  const teacher = isTeacher(klass.role);
  const activity: ClassActivity | null = teacher ? await getClassActivity({ userId: user.id, classId: id }) : null;
  const links: ClassShareSummary[] | null = teacher ? await listClassShares({ userId: user.id, classId: id }) : null;
  const invite = klass.joinCode ? inviteUrl(publicOrigin(), klass.joinCode) : null;
  const assignments = await listAssignmentSummaries({ userId: user.id, classId: id });
  // A class reads what anyone may read, and its own class-only texts: those a teacher may set.
  const readable = teacher
    ? (await listDocuments({ userId: user.id }, { skip: 0, take: 200 })).filter((d) => d.class === null || d.class.id === id)
    : [];
  const assignable = readable.map((d) => ({ slug: d.slug, title: d.title }));
  // The texts a teacher may open a student's notes on: the class's own texts first, then the rest.
  const notesTexts = [...readable.filter((d) => d.class), ...readable.filter((d) => !d.class)].map((d) => ({
    slug: d.slug,
    title: d.title,
    url: d.url,
  }));
  const teacherCount = klass.members.filter((m) => isTeacher(m.role)).length;
  const maxNotes = Math.max(1, ...(activity?.sentences.map((s) => s.notes) ?? [1]));

  return (
    // The join-code control and the remove/leave/revoke buttons are the only client components here.
    <ClientMessages namespaces={["ClassAdmin", "Assignments"]}>
      <div className="page classes-page">
        <p>
          <Link href="/classes">{t("back")}</Link>
        </p>
        <h1>{klass.name}</h1>
        <p className="lede">
          {t.rich("lede", { role: klass.role, letter: (chunks) => <Link href="/documents/openai-letter-2023">{chunks}</Link> })}
        </p>
        {teacher && klass.joinCode && (
          <TitledSection className="class-section" id="code" title={t("invite")}>
            <JoinCodeControl classId={klass.id} initialCode={klass.joinCode} />
            <InviteLink url={invite!} qr={await qrDataUrl(invite!)} />
            <p className="class-meta">{t("joinAt")}</p>
          </TitledSection>
        )}
        <AssignmentsSection classId={klass.id} items={assignments} documents={assignable} />
        <TitledSection className="class-section" id="members" title={t("members", { count: klass.members.length })}>
          <MemberNotesProvider texts={teacher ? notesTexts : []}>
            <ClassTable
              labelledBy="members-heading"
              actionsLabel={t("colActions")}
              stacked
              columns={[
                t("colName"),
                t("colRole"),
                ...(activity
                  ? [
                      { label: t("colNotes"), numeric: true as const },
                      { label: t("colReplies"), numeric: true as const },
                      { label: t("colProposals"), numeric: true as const },
                      { label: t("colVotes"), numeric: true as const },
                      t("colLastActive"),
                    ]
                  : []),
              ]}
            >
              {klass.members.map((m) => {
                const stats = activity?.members.find((a) => a.id === m.id);
                const self = m.id === user.id;
                return (
                  <tr key={m.id}>
                    <td data-label={t("colName")} className="member-name">
                      {self ? t("you", { name: m.name }) : m.name}
                    </td>
                    <td data-label={t("colRole")}>{isTeacher(m.role) ? t("roleTeacher") : t("roleStudent")}</td>
                    {activity && (
                      <>
                        <td data-label={t("colNotes")} className="num">
                          {format.number(stats?.notes ?? 0)}
                        </td>
                        <td data-label={t("colReplies")} className="num">
                          {format.number(stats?.replies ?? 0)}
                        </td>
                        <td data-label={t("colProposals")} className="num">
                          {format.number(stats?.proposals ?? 0)}
                        </td>
                        <td data-label={t("colVotes")} className="num">
                          {format.number(stats?.votes ?? 0)}
                        </td>
                        <td data-label={t("colLastActive")}>
                          {stats?.lastActive ? (
                            <time dateTime={stats.lastActive}>{format.dateTime(new Date(stats.lastActive), LAST_ACTIVE)}</time>
                          ) : (
                            "—"
                          )}
                        </td>
                      </>
                    )}
                    <td className="member-actions-cell">
                      {teacher && !isTeacher(m.role) && <MemberNotesLink memberId={m.id} name={m.name} />}
                      {teacher && (
                        <MemberRoleActions
                          classId={klass.id}
                          memberId={m.id}
                          name={m.name}
                          role={m.role}
                          self={self}
                          canStepDown={teacherCount > 1}
                        />
                      )}
                      {self
                        ? !isTeacher(m.role) && <RemoveMemberButton classId={klass.id} memberId={m.id} label={m.name} self />
                        : teacher && !isTeacher(m.role) && <RemoveMemberButton classId={klass.id} memberId={m.id} label={m.name} />}
                    </td>
                  </tr>
                );
              })}
            </ClassTable>
          </MemberNotesProvider>
        </TitledSection>
        {links && (
          <TitledSection className="class-section" id="links" title={t("linksHeading", { count: links.length })}>
            <p className="class-meta">{t("linksLede")}</p>
            {links.length === 0 ? (
              <p className="class-meta">{t("noLinks")}</p>
            ) : (
              <ClassTable
                labelledBy="links-heading"
                actionsLabel={t("colActions")}
                columns={[t("colMadeBy"), t("colLink"), t("colMade"), t("colState")]}
              >
                {links.map((link) => {
                  const made = format.dateTime(new Date(link.createdAt), LAST_ACTIVE);
                  return (
                    <tr key={link.id}>
                      <td>{link.maker.id === user.id ? t("you", { name: link.maker.name }) : link.maker.name}</td>
                      <td>
                        {link.allowJoin
                          ? t("linkInvites")
                          : link.noteCount === null
                            ? t("linkClassNotes")
                            : t("linkNotes", { count: link.noteCount })}{" "}
                        <span className="class-meta">{t("linkOn", { document: link.document })}</span>
                      </td>
                      <td>
                        <time dateTime={link.createdAt}>{made}</time>
                      </td>
                      <td>{t(`linkState.${link.state}`)}</td>
                      <td>
                        {link.state === "active" && (
                          <RevokeClassLinkButton
                            classId={klass.id}
                            shareId={link.id}
                            label={t("revokeLinkLabel", { name: link.maker.name, date: made })}
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </ClassTable>
            )}
          </TitledSection>
        )}
        {activity && (
          <>
            <TitledSection className="class-section" id="activity" title={t("activityHeading")}>
              <ActivityChart days={activity.days} />
            </TitledSection>
            <TitledSection className="class-section" id="map" title={t("mapHeading")}>
              {activity.sentences.length === 0 ? (
                <p className="class-meta">{t("noNotes")}</p>
              ) : (
                <ol className="sentence-map">
                  {activity.sentences.slice(0, 12).map((s) => (
                    <li key={s.segmentId}>
                      <span className="class-meta">{s.number === null ? "" : t("sentenceNumber", { number: s.number })}</span>
                      <Link className="sentence-text" href={`/documents/${s.documentSlug}#${s.segmentId}`} title={s.text}>
                        {s.text}
                      </Link>
                      <span aria-label={t("sentenceNotes", { count: s.notes })}>
                        <span className="heat" style={{ display: "inline-block", width: `${(s.notes / maxNotes) * 5}rem` }} />{" "}
                        {format.number(s.notes)}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </TitledSection>
            <TitledSection className="class-section" id="export" title={t("exportHeading")}>
              <p className="export-links">
                <a href={`/api/classes/${klass.id}/export.csv`} download>
                  {t("csv")}
                </a>
                <a href={`/api/classes/${klass.id}/export.json`} download>
                  JSON
                </a>
              </p>
            </TitledSection>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
