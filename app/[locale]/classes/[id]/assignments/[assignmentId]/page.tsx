import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteAssignmentButton } from "@/components/assignments/delete-assignment-button";
import { DueTime } from "@/components/assignments/due-time";
import "@/components/assignments/assignments.css";
import "@/components/classes/classes.css";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAssignmentProgress } from "@/server/data/assignments/get-assignment-progress";
import { HttpError } from "@/server/http/errors";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { routeLocale } from "@/lib/i18n/request-locale";

type Props = { params: Promise<{ locale: string; id: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Assignments" });
  return { title: t("heading") };
}
export const dynamic = "force-dynamic";

/** One assignment: its text, dates, expectations and prompts; the students' progress (the teacher all, a student their own) and the gradebook. */
export default async function AssignmentPage({ params }: Props) {
  await routeLocale(params);
  const t = await getTranslations("Assignments");
  const format = await getFormatter();
  const { id, assignmentId } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/classes/${id}/assignments/${assignmentId}`)}`);
  let data: Awaited<ReturnType<typeof getAssignmentProgress>>;
  try {
    data = await getAssignmentProgress({ userId: user.id, assignmentId, answers: true });
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  }
  const { assignment: a, role, students, answers } = data;
  if (a.class.id !== id) notFound();
  const teacher = role === "teacher";
  const textHref = a.document.url;
  const firstPrompt = a.prompts[0]?.segmentId;
  return (
    <ClientMessages namespaces={["Assignments"]}>
      <div className="page classes-page">
        <p>
          <Link href={`/classes/${id}`}>{t("back")}</Link>
        </p>
        <h1>{a.title}</h1>
        <p className="lede">
          <Link href={textHref}>{a.document.title}</Link> · {a.range ? t("range", a.range) : t("wholeText")}
        </p>
        <p>
          {t.rich("opens", { date: () => <DueTime iso={a.opensAt} showLeft={false} /> })} ·{" "}
          {t.rich("dueOn", { date: () => <DueTime iso={a.dueAt} /> })}
        </p>
        <p>{t("expects", { ...a.expectations })}</p>
        {a.options.classmatesAfterOwnPost && <p className="class-meta">{t("optionGate")}</p>}
        {(a.options.lockAfterDue || a.options.latePolicy === "refuse") && (
          <p className="class-meta">{t("optionLock", { policy: a.options.lockAfterDue ? a.options.latePolicy : "mark_late" })}</p>
        )}
        {a.prompts.length > 0 && (
          <section className="class-section" aria-labelledby="prompts-heading">
            <h2 id="prompts-heading">{t("promptsHeading")}</h2>
            {/* Each prompt with its answers side by side (the teacher's view; a student sees the prompts). */}
            <ol className="prompt-answers">
              {a.prompts.map((p) => {
                const these = answers.find((x) => x.promptId === p.id)?.answers ?? [];
                return (
                  <li key={p.id}>
                    <Link href={`${textHref}#${p.segmentId}`}>{p.sentence ? t("promptOn", { number: p.sentence }) : a.document.title}</Link>
                    : {p.text}
                    {teacher && (
                      <ul className="prompt-answer-grid" aria-label={t("answersTo", { number: p.sentence ?? 0 })}>
                        {these.length === 0 && <li className="class-meta">{t("noAnswers")}</li>}
                        {these.map((answer) => (
                          <li key={answer.id} className="prompt-answer">
                            <strong>{answer.authorName}</strong>
                            {answer.late && <span className="assignment-status-late"> · {t("status.late")}</span>}
                            <p>{answer.text}</p>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        )}
        <section className="class-section" aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t("tableHeading")}</h2>
          {students.length === 0 ? (
            <p className="class-meta">{t("noStudents")}</p>
          ) : (
            <div className="class-table-scroll" role="region" aria-labelledby="progress-heading" tabIndex={0}>
              <table className="class-table">
                <thead>
                  <tr>
                    <th scope="col">{t("colStudent")}</th>
                    <th scope="col" className="num">{`${t("expectNotes")} (${a.expectations.notes})`}</th>
                    <th scope="col" className="num">{`${t("expectReplies")} (${a.expectations.replies})`}</th>
                    <th scope="col" className="num">{`${t("expectProposals")} (${a.expectations.proposals})`}</th>
                    <th scope="col" className="num">{`${t("expectVotes")} (${a.expectations.votes})`}</th>
                    <th scope="col">{t("colStatus")}</th>
                    <th scope="col">{t("colWork")}</th>
                  </tr>
                </thead>
                <tbody>
                  {students.map((s) => (
                    <tr key={s.userId} data-testid="progress-row">
                      <th scope="row">{s.name}</th>
                      <td className="num">{format.number(s.notes)}</td>
                      <td className="num">{format.number(s.replies)}</td>
                      <td className="num">{format.number(s.proposals)}</td>
                      <td className="num">{format.number(s.votes)}</td>
                      <td className={s.status === "late" ? "assignment-status-late" : undefined}>{t(`status.${s.status}`)}</td>
                      <td>
                        <Link href={`${textHref}?author=${encodeURIComponent(s.userId)}${firstPrompt ? `#${firstPrompt}` : ""}`}>
                          {t("seeWork", { name: s.name })}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {teacher && (
          <section className="class-section" aria-labelledby="gradebook-heading">
            <h2 id="gradebook-heading">{t("gradebookHeading")}</h2>
            <p className="class-meta">{t("gradebookLede")}</p>
            {/* A plain GET form: the browser downloads the CSV the route answers. */}
            <form className="form assignment-form" method="get" action={`/api/assignments/${a.id}/gradebook.csv`}>
              <div className="assignment-form-row">
                {(["notes", "replies", "proposals", "votes", "late"] as const).map((name) => (
                  <div className="field" key={name}>
                    <label htmlFor={`weight-${name}`}>{t(`weight${name[0]!.toUpperCase()}${name.slice(1)}` as "weightNotes")}</label>
                    <input
                      id={`weight-${name}`}
                      name={name}
                      type="number"
                      min={0}
                      max={name === "late" ? 1 : 1000}
                      step="any"
                      defaultValue={1}
                    />
                  </div>
                ))}
              </div>
              <button type="submit" className="button">
                {t("download")}
              </button>
            </form>
            <DeleteAssignmentButton assignmentId={a.id} classId={id} />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
