import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ActivityChart } from "@/components/classes/activity-chart";
import { JoinCodeControl, RemoveMemberButton } from "@/components/classes/class-admin";
import "@/components/classes/classes.css";
import { getCurrentUser } from "@/server/auth/current-user";
import { getClassActivity, type ClassActivity } from "@/server/data/classes/get-class-activity";
import { getClassOrThrow, type ClassView } from "@/server/data/classes/get-class";
import { HttpError } from "@/server/http/errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Class" };
export const dynamic = "force-dynamic";

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "—");

export default async function ClassPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await routeLocale(params);
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
  const teacher = klass.role === "teacher";
  const activity: ClassActivity | null = teacher ? await getClassActivity({ userId: user.id, classId: id }) : null;
  const maxNotes = Math.max(1, ...(activity?.sentences.map((s) => s.notes) ?? [1]));

  return (
    <div className="page classes-page">
      <p>
        <Link href="/classes">← Your classes</Link>
      </p>
      <h1>{klass.name}</h1>
      <p className="lede">
        {teacher ? "You teach this class." : "You are a student in this class."} Class notes are seen by its members; the teacher can hide a note from the class.{" "}
        <Link href="/documents/openai-letter-2023">Open the letter</Link>
      </p>
      {teacher && klass.joinCode && (
        <section className="class-section" aria-labelledby="code-heading">
          <h2 id="code-heading">Invite students</h2>
          <JoinCodeControl classId={klass.id} initialCode={klass.joinCode} />
          <p className="class-meta">Students join at /classes with this code.</p>
        </section>
      )}
      <section className="class-section" aria-labelledby="members-heading">
        <h2 id="members-heading">Members ({klass.members.length})</h2>
        <table className="class-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              {activity && (
                <>
                  <th scope="col" className="num">Notes</th>
                  <th scope="col" className="num">Replies</th>
                  <th scope="col" className="num">Proposals</th>
                  <th scope="col" className="num">Votes</th>
                  <th scope="col">Last active</th>
                </>
              )}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {klass.members.map((m) => {
              const stats = activity?.members.find((a) => a.id === m.id);
              return (
                <tr key={m.id}>
                  <td>{m.id === user.id ? `${m.name} (you)` : m.name}</td>
                  <td>{m.role}</td>
                  {activity && (
                    <>
                      <td className="num">{stats?.notes ?? 0}</td>
                      <td className="num">{stats?.replies ?? 0}</td>
                      <td className="num">{stats?.proposals ?? 0}</td>
                      <td className="num">{stats?.votes ?? 0}</td>
                      <td>{when(stats?.lastActive ?? null)}</td>
                    </>
                  )}
                  <td>
                    {m.id === user.id ? (
                      m.role !== "teacher" && <RemoveMemberButton classId={klass.id} memberId={m.id} label={m.name} self />
                    ) : (
                      teacher && m.role !== "teacher" && <RemoveMemberButton classId={klass.id} memberId={m.id} label={m.name} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {activity && (
        <>
          <section className="class-section" aria-labelledby="activity-heading">
            <h2 id="activity-heading">Activity over the last two weeks</h2>
            <ActivityChart days={activity.days} />
          </section>
          <section className="class-section" aria-labelledby="map-heading">
            <h2 id="map-heading">Sentences that drew the most notes</h2>
            {activity.sentences.length === 0 ? (
              <p className="class-meta">No class notes yet.</p>
            ) : (
              <ol className="sentence-map">
                {activity.sentences.slice(0, 12).map((s) => (
                  <li key={s.segmentId}>
                    <span className="class-meta">#{s.index}</span>
                    <Link className="sentence-text" href={`/documents/${s.documentSlug}#${s.segmentId}`} title={s.text}>
                      {s.text}
                    </Link>
                    <span aria-label={`${s.notes} ${s.notes === 1 ? "note" : "notes"}`}>
                      <span className="heat" style={{ display: "inline-block", width: `${(s.notes / maxNotes) * 5}rem` }} /> {s.notes}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className="class-section" aria-labelledby="export-heading">
            <h2 id="export-heading">Export the class&apos;s notes</h2>
            <p className="export-links">
              <a href={`/api/classes/${klass.id}/export.csv`} download>
                CSV (spreadsheet)
              </a>
              <a href={`/api/classes/${klass.id}/export.json`} download>
                JSON
              </a>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
