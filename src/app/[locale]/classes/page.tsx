import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateClassForm, JoinClassForm } from "@/components/classes/class-forms";
import "@/components/classes/classes.css";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { getCurrentUser } from "@/server/auth/current-user";
import { listMyClasses, type MyClass } from "@/server/data/classes/list-my-classes";
import { isDatabaseUnavailable } from "@/server/http/database-errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Your classes" };
export const dynamic = "force-dynamic";

export default async function ClassesPage({ params }: { params: Promise<{ locale: string }> }) {
  await routeLocale(params);
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/classes");
  let classes: MyClass[];
  try {
    classes = await listMyClasses({ userId: user.id });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <UnavailableNotice />;
    throw error;
  }
  return (
    <div className="page classes-page">
      <h1>Your classes</h1>
      <p className="lede">Read the letter together: in a class, your new notes go to the class (not to everyone), and the teacher sees how the class reads.</p>
      <section className="class-section" aria-labelledby="my-classes">
        <h2 id="my-classes">Classes you are in</h2>
        {classes.length === 0 ? (
          <p className="class-meta">None yet. Create one below, or join one with the code your teacher gave you.</p>
        ) : (
          <ul className="class-list">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={`/classes/${c.id}`}>{c.name}</Link>{" "}
                <span className="class-meta">
                  · {c.role === "teacher" ? "you teach it" : "student"} · {c.memberCount} {c.memberCount === 1 ? "member" : "members"}
                  {c.joinCode && <> · code {c.joinCode}</>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="class-grid">
        <section aria-labelledby="create-heading">
          <h2 id="create-heading">Create a class</h2>
          <CreateClassForm />
        </section>
        <section aria-labelledby="join-heading">
          <h2 id="join-heading">Join a class</h2>
          <JoinClassForm />
        </section>
      </div>
    </div>
  );
}
