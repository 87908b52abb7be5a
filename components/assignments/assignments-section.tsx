/** The class page's assignments: the list with each one's status, and the teacher's form to set one. */
import { getTranslations } from "next-intl/server";
import type { AssignmentSummary } from "@/server/data/assignments/list-assignment-summaries";
import { AssignmentForm } from "./assignment-form";
import { AssignmentList } from "./assignment-list";
import "./assignments.css";

/** `documents`: the texts the teacher may set (empty for a student, who gets no form). */
export async function AssignmentsSection({
  classId,
  items,
  documents,
}: {
  classId: string;
  items: AssignmentSummary[];
  documents: { slug: string; title: string }[];
}) {
  const t = await getTranslations("Assignments");
  return (
    <section className="class-section" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{t("heading")}</h2>
      <AssignmentList items={items.map((a) => ({ ...a, className: undefined }))} labelledBy="assignments-heading" />
      {documents.length > 0 && (
        <details className="assignment-new">
          <summary>{t("formHeading")}</summary>
          <AssignmentForm classId={classId} documents={documents.map((d) => ({ slug: d.slug, title: d.title }))} />
        </details>
      )}
    </section>
  );
}
