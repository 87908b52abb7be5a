"use client";
/** Says where a save stands, in words, and offers a retry when it failed. */
import { useTranslations } from "next-intl";
import type { SaveStatus } from "./use-durable-save";

export function SaveStatusLine({ status, onRetry }: { status: SaveStatus; onRetry?: () => void }) {
  const t = useTranslations("Notes");
  let text = "";
  if (status.state === "saving") text = t("saving");
  else if (status.state === "saved") text = t("saved");
  else if (status.state === "retrying") text = t("retrying", { error: status.error, seconds: status.inSeconds });
  else if (status.state === "failed") text = t("failed", { error: status.error });
  return (
    <p className={`save-status save-${status.state}`} role="status" aria-live="polite">
      {text}
      {(status.state === "retrying" || status.state === "failed") && onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </p>
  );
}
