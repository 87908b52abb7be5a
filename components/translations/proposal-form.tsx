"use client";
/**
 * Write or edit one's own translation of a sentence: plain text, up to MAX_PROPOSAL_CHARS. A new
 * one also says who may read it (`classes` given): only me, my class, or everyone (the default).
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useEveryoneMayRead, type MyClassSummary } from "@/components/classes/my-classes-context";
import { AudienceChoice, type Audience } from "@/components/ui/audience-choice";
import { MAX_PROPOSAL_CHARS } from "@/lib/validation/translation";

export function ProposalForm({
  initial = "",
  submitLabel,
  onSubmit,
  onCancel,
  classes,
}: {
  initial?: string;
  submitLabel: string;
  onSubmit: (text: string, audience: Audience) => Promise<string | null>;
  onCancel?: () => void;
  classes?: MyClassSummary[];
}) {
  const t = useTranslations("Compare");
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const everyone = useEveryoneMayRead();
  const [audience, setAudience] = useState<Audience>({ visibility: everyone ? "public" : "private" });
  const [busy, setBusy] = useState(false);
  const length = [...text.trim()].length;
  return (
    <form
      className="proposal-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (length === 0) return setError(t("emptyTranslation"));
        setBusy(true);
        const failure = await onSubmit(text.trim(), audience);
        setBusy(false);
        setError(failure);
        if (!failure && !initial) setText("");
      }}
    >
      <label>
        <span className="proposal-label">{initial ? t("editYourTranslation") : t("yourTranslation")}</span>
        <textarea
          lang="zh-Hant"
          value={text}
          rows={3}
          maxLength={MAX_PROPOSAL_CHARS * 2}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!!error || length > MAX_PROPOSAL_CHARS}
        />
      </label>
      {classes && <AudienceChoice value={audience} classes={classes} onChange={setAudience} name="proposal-audience" />}
      <div className="proposal-actions">
        <span className={length > MAX_PROPOSAL_CHARS ? "proposal-count over" : "proposal-count"}>
          {length} / {MAX_PROPOSAL_CHARS}
        </span>
        {onCancel && (
          <button type="button" className="button button-small button-quiet" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
        <button type="submit" className="button button-small" disabled={busy} {...(busy ? { "data-busy": "" } : {})}>
          {submitLabel}
        </button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
