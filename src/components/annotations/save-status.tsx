"use client";
/** Says where a save stands, in words, and offers a retry when it failed. */
import type { SaveStatus } from "./use-durable-save";

export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry?: () => void }) {
  let text = "";
  if (status.state === "saving") text = "Saving…";
  else if (status.state === "saved") text = "Saved.";
  else if (status.state === "retrying") text = `Not saved yet (${status.error}) Trying again in ${status.inSeconds} s; your draft is kept in this browser.`;
  else if (status.state === "failed") text = `Not saved: ${status.error} Your draft is kept in this browser.`;
  return (
    <p className={`save-status save-${status.state}`} role="status" aria-live="polite">
      {text}
      {(status.state === "retrying" || status.state === "failed") && onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          Retry now
        </button>
      )}
    </p>
  );
}
