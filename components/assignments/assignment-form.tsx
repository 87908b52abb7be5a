"use client";
/**
 * The teacher's form to set an assignment: title, text, optional sentence range, dates (typed in
 * the teacher's own time zone, sent as UTC), expectations, options and prompts by sentence number.
 * Messages: the "Assignments" namespace.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { sendJson } from "@/components/api-client";
import { SubmitButton } from "@/components/ui/submit-button";

interface Prompt {
  sentence: string;
  text: string;
}

const num = (value: string) => (value.trim() === "" ? undefined : Number(value));
const iso = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function AssignmentForm({ classId, documents }: { classId: string; documents: { slug: string; title: string }[] }) {
  const t = useTranslations("Assignments");
  const router = useRouter();
  const [fields, setFields] = useState({
    title: "",
    document: documents[0]?.slug ?? "",
    from: "",
    to: "",
    opensAt: "",
    dueAt: "",
    notes: "1",
    replies: "0",
    proposals: "0",
    votes: "0",
    gate: false,
    lock: false,
    latePolicy: "mark_late",
  });
  const [prompts, setPrompts] = useState<Prompt[]>([{ sentence: "", text: "" }]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const set = (patch: Partial<typeof fields>) => setFields((f) => ({ ...f, ...patch }));

  const submit = async () => {
    if (!fields.title.trim() || !fields.dueAt) return setMessage({ error: true, text: t("missingFields") });
    const from = num(fields.from);
    const to = num(fields.to) ?? from;
    setBusy(true);
    const result = await sendJson<{ id: string }>(
      `/api/classes/${encodeURIComponent(classId)}/assignments`,
      "POST",
      {
        title: fields.title,
        document: fields.document,
        range: from ? { from, to } : null,
        opensAt: iso(fields.opensAt) ?? null,
        dueAt: iso(fields.dueAt),
        expectations: {
          notes: num(fields.notes),
          replies: num(fields.replies),
          proposals: num(fields.proposals),
          votes: num(fields.votes),
        },
        prompts: prompts.filter((p) => p.text.trim() && p.sentence.trim()).map((p) => ({ sentence: Number(p.sentence), text: p.text })),
        options: { classmatesAfterOwnPost: fields.gate, lockAfterDue: fields.lock, latePolicy: fields.latePolicy },
      },
      t,
    );
    setBusy(false);
    if (result.ok) {
      setMessage({ error: false, text: t("created") });
      setFields((f) => ({ ...f, title: "" }));
      setPrompts([{ sentence: "", text: "" }]);
      router.refresh();
    } else
      setMessage({
        error: true,
        text:
          result.status === 403 ? t("notTeacher") : (result.errors.formError ?? Object.values(result.errors.fieldErrors).flat().join(" ")),
      });
  };

  const numberField = (name: "from" | "to" | "notes" | "replies" | "proposals" | "votes", label: string, min: number) => (
    <div className="field">
      <label htmlFor={`assignment-${name}`}>{label}</label>
      <input
        id={`assignment-${name}`}
        type="number"
        min={min}
        inputMode="numeric"
        value={fields[name]}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );

  return (
    <form
      className="form assignment-form"
      aria-label={t("formLabel")}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
    >
      <div className="field">
        <label htmlFor="assignment-title">{t("title")}</label>
        <input id="assignment-title" value={fields.title} maxLength={200} required onChange={(e) => set({ title: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor="assignment-document">{t("text")}</label>
        <select id="assignment-document" value={fields.document} onChange={(e) => set({ document: e.target.value })}>
          {documents.map((d) => (
            <option key={d.slug} value={d.slug}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <div className="assignment-form-row">
        {numberField("from", t("rangeFrom"), 1)}
        {numberField("to", t("rangeTo"), 1)}
      </div>
      <div className="assignment-form-row">
        <div className="field">
          <label htmlFor="assignment-opens">{t("opensAt")}</label>
          <input id="assignment-opens" type="datetime-local" value={fields.opensAt} onChange={(e) => set({ opensAt: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="assignment-due">{t("dueAt")}</label>
          <input id="assignment-due" type="datetime-local" required value={fields.dueAt} onChange={(e) => set({ dueAt: e.target.value })} />
        </div>
      </div>
      <div className="assignment-form-row">
        {numberField("notes", t("expectNotes"), 0)}
        {numberField("replies", t("expectReplies"), 0)}
        {numberField("proposals", t("expectProposals"), 0)}
        {numberField("votes", t("expectVotes"), 0)}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={fields.gate} onChange={(e) => set({ gate: e.target.checked })} /> {t("gate")}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={fields.lock} onChange={(e) => set({ lock: e.target.checked })} /> {t("lock")}
      </label>
      <div className="field">
        <label htmlFor="assignment-late">{t("latePolicy")}</label>
        <select id="assignment-late" value={fields.latePolicy} onChange={(e) => set({ latePolicy: e.target.value })}>
          <option value="mark_late">{t("lateMark")}</option>
          <option value="refuse">{t("lateRefuse")}</option>
        </select>
      </div>
      <fieldset className="assignment-prompts">
        <legend>{t("promptsLegend")}</legend>
        {prompts.map((prompt, i) => {
          const update = (patch: Partial<Prompt>) => setPrompts((all) => all.map((p, j) => (j === i ? { ...p, ...patch } : p)));
          return (
            <div className="assignment-form-row" key={i}>
              <div className="field">
                <label htmlFor={`prompt-sentence-${i}`}>{t("promptSentence", { n: i + 1 })}</label>
                <input
                  id={`prompt-sentence-${i}`}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  value={prompt.sentence}
                  onChange={(e) => update({ sentence: e.target.value })}
                />
              </div>
              <div className="field assignment-prompt-text">
                <label htmlFor={`prompt-text-${i}`}>{t("promptText", { n: i + 1 })}</label>
                <input id={`prompt-text-${i}`} value={prompt.text} maxLength={2000} onChange={(e) => update({ text: e.target.value })} />
              </div>
            </div>
          );
        })}
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => setPrompts((all) => [...all, { sentence: "", text: "" }])}
        >
          {t("addPrompt")}
        </button>
      </fieldset>
      {message && (
        <p className={message.error ? "field-error" : "form-status"} role={message.error ? "alert" : "status"}>
          {message.text}
        </p>
      )}
      <SubmitButton busy={busy} busyLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
