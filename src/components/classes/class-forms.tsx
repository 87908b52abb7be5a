"use client";
/** /classes: create a class (you teach it) and join one by its code. */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/account/send-json";

function useSubmit<T>(url: string, onDone: (data: T) => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (body: unknown) => {
    setBusy(true);
    const result = await sendJson<T>(url, "POST", body);
    setBusy(false);
    if (result.ok) {
      setError(null);
      onDone(result.data);
    } else setError(result.errors.formError ?? Object.values(result.errors.fieldErrors).flat().join(" "));
  };
  return { error, busy, submit };
}

export function CreateClassForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const { error, busy, submit } = useSubmit<{ id: string }>("/api/classes", (data) => router.push(`/classes/${data.id}`));
  return (
    <form
      className="form class-form"
      aria-label="Create a class"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ name });
      }}
    >
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input id="class-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} placeholder="Translation seminar, spring" />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Creating…" : "Create class"}
      </button>
    </form>
  );
}

export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const { error, busy, submit } = useSubmit<{ classId: string }>("/api/classes/join", (data) => router.push(`/classes/${data.classId}`));
  return (
    <form
      className="form class-form"
      aria-label="Join a class"
      onSubmit={(e) => {
        e.preventDefault();
        void submit({ code });
      }}
    >
      <div className="field">
        <label htmlFor="join-code">Class code</label>
        <p className="field-hint" id="join-code-hint">
          From your teacher, like ABCD-EFGH. Upper or lower case, with or without the dash.
        </p>
        <input id="join-code" aria-describedby="join-code-hint" value={code} onChange={(e) => setCode(e.target.value)} required autoComplete="off" autoCapitalize="characters" spellCheck={false} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? "Joining…" : "Join class"}
      </button>
    </form>
  );
}
