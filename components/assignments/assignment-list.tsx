/**
 * A table of assignments: title (to its page), text, due date with time left, and either the
 * reader's own status and progress (a student) or how many students are done (a teacher).
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssignmentStatus, Expectations } from "@/lib/assignments/progress";
import { DueTime } from "./due-time";

export interface AssignmentListItem {
  id: string;
  classId: string;
  title: string;
  className?: string;
  document: { slug: string; title: string; url: string };
  dueAt: string;
  expectations: Expectations;
  /** A student's own progress. */
  progress?: (Expectations & { status: AssignmentStatus }) | null;
  /** For a teacher: students done, of all. */
  classDone?: { done: number; students: number } | null;
}

export async function AssignmentList({ items, labelledBy }: { items: AssignmentListItem[]; labelledBy: string }) {
  const t = await getTranslations("Assignments");
  if (items.length === 0) return <p className="class-meta">{t("none")}</p>;
  return (
    <div className="class-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="class-table">
        <thead>
          <tr>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("colText")}</th>
            <th scope="col">{t("colDue")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">{t("colProgress")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-testid="assignment-row">
              <td>
                <Link href={`/classes/${a.classId}/assignments/${a.id}`}>{a.title}</Link>
                {a.className && <span className="class-meta"> · {a.className}</span>}
              </td>
              <td>
                <Link href={a.document.url}>{a.document.title}</Link>
              </td>
              <td>
                <DueTime iso={a.dueAt} />
              </td>
              <td data-testid="assignment-status">{a.progress ? t(`status.${a.progress.status}`) : "—"}</td>
              <td>
                {a.progress
                  ? t("progress", {
                      ...a.progress,
                      expectNotes: a.expectations.notes,
                      expectReplies: a.expectations.replies,
                      expectProposals: a.expectations.proposals,
                      expectVotes: a.expectations.votes,
                    })
                  : a.classDone
                    ? t("classDone", a.classDone)
                    : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
