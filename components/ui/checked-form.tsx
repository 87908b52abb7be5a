"use client";
/**
 * A form that checks itself with the app's own pattern (issue 17.6): no native bubbles
 * (`noValidate`), busy while it sends, and the error summary above its fields in field order,
 * linking to each invalid one (error-summary.tsx).
 */
import type { FormEvent, ReactNode } from "react";
import { ErrorSummary } from "./error-summary";

interface Props {
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  errors: { formError?: string | null; fieldErrors: Record<string, string[] | undefined> };
  /** Field name -> input id, for the summary's links. */
  fieldIds: Record<string, string>;
  summaryTitle: string;
  className?: string;
  children: ReactNode;
}

export function CheckedForm({ busy, onSubmit, errors, fieldIds, summaryTitle, className = "form", children }: Props) {
  return (
    <form className={className} onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary title={summaryTitle} formError={errors.formError} fieldErrors={errors.fieldErrors} fieldIds={fieldIds} />
      {children}
    </form>
  );
}
