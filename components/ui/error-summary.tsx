"use client";
/**
 * The list of what went wrong above a form, announced (role="alert") and focused when it appears,
 * each field's message linking to that field.
 */
import { useEffect, useRef } from "react";

interface ErrorSummaryProps {
  formError?: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  /** Field name -> input id, for the links. Errors of fields not listed are shown as text. */
  fieldIds: Record<string, string>;
  title?: string;
}

export function ErrorSummary({ formError, fieldErrors, fieldIds, title = "Please check the form" }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors).filter((entry): entry is [string, string[]] => !!entry[1]?.length);
  const shown = Boolean(formError) || entries.length > 0;

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, formError, fieldErrors]);

  if (!shown) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1}>
      {formError && <p className="error-summary-message">{formError}</p>}
      {entries.length > 0 && <p className="error-summary-title">{title}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, messages]) => (
            <li key={field}>{fieldIds[field] ? <a href={`#${fieldIds[field]}`}>{messages.join(" ")}</a> : messages.join(" ")}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
