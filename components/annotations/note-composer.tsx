"use client";
/**
 * Writing a note on a highlighted span (or a pair of spans): editor, motivation, tags, who can see
 * it, colour. The draft is stored in this browser on every change and dropped only once saved.
 */
import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";
import { LazyNoteEditor } from "@/components/notes/lazy-note-editor";
import type { AnnotationView } from "@/lib/annotations/types";
import { MOTIVATIONS } from "@/lib/annotations/constants";
import { useMyClasses } from "@/components/classes/my-classes-context";
import { ColorSwatches } from "./color-swatches";
import { draftPayload, draftStorageKey, type NoteDraft } from "./note-draft";
import { Quotes } from "./quote";
import { SaveStatusLine } from "./save-status";
import { dropDraft, storeDraft, useDurableSave } from "./use-durable-save";
import { AudienceChoice } from "@/components/ui/audience-choice";

interface Props {
  documentSlug: string;
  draft: NoteDraft;
  onChange: (draft: NoteDraft) => void;
  onSaved: (annotation: AnnotationView) => void;
  onCancel: () => void;
}

export function NoteComposer({ documentSlug, draft, onChange, onSaved, onCancel }: Props) {
  const t = useTranslations("Notes");
  const ta = useTranslations("Annotations");
  const storageKey = draftStorageKey(documentSlug);
  useEffect(() => storeDraft(storageKey, draft), [storageKey, draft]);
  const saved = useCallback(
    (annotation: AnnotationView) => {
      dropDraft(storageKey);
      onSaved(annotation);
    },
    [storageKey, onSaved],
  );
  const { status, save } = useDurableSave<AnnotationView>({ path: "/api/annotations", onSaved: saved });
  const submit = () => void save(draftPayload(documentSlug, draft), draft.key);
  const busy = status.state === "saving" || status.state === "retrying";
  const set = (fields: Partial<NoteDraft>) => onChange({ ...draft, ...fields });
  const classes = useMyClasses();

  return (
    <form
      className="note-composer"
      noValidate
      aria-label={t("newNote")}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Quotes targets={draft.targets} />
      <LazyNoteEditor
        label={t("editor")}
        placeholder={t("placeholder")}
        initialContent={draft.body}
        onChange={(body) => set({ body })}
        autoFocus
        onSubmitShortcut={submit}
        mentionClassId={draft.visibility === "class" ? draft.classId : null}
      />
      <div className="composer-fields">
        <label>
          <span>{t("kind")}</span>
          <select value={draft.motivation} onChange={(e) => set({ motivation: e.target.value as NoteDraft["motivation"] })}>
            {MOTIVATIONS.filter((m) => m !== "highlighting").map((m) => (
              <option key={m} value={m}>
                {ta(`motivations.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("tags")}</span>
          <input value={draft.tags} onChange={(e) => set({ tags: e.target.value })} placeholder={t("tagsPlaceholder")} autoComplete="off" />
        </label>
      </div>
      <AudienceChoice
        value={{ visibility: draft.visibility, classId: draft.classId }}
        classes={classes}
        onChange={(audience) => set({ visibility: audience.visibility, classId: audience.classId })}
        name="visibility"
      />
      <div className="composer-actions">
        <ColorSwatches
          value={draft.color}
          onPick={(color) => set({ color })}
          label={(c) => ta("colorHighlight", { color: ta(`colors.${c}`) })}
        />
        <span className="spacer" />
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("discard")}
        </button>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
      </div>
      <SaveStatusLine status={status} onRetry={submit} />
    </form>
  );
}
