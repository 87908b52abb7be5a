"use client";
/**
 * The quoted words of a target, in their language's typography. A quote from a Chinese version
 * other than the one on screen says so, and offers to show that version: its highlight is there.
 */
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import type { AnnotationView } from "@/lib/annotations/types";
import { scrollToSentence } from "@/components/reader-contract";

type Target = Pick<AnnotationView["targets"][number], "language" | "selector" | "segmentId"> & { versionId?: string | null };

const versionInput = (id: string) =>
  document.querySelector<HTMLInputElement>(`[data-reader-controls] input[name="version"][value="${CSS.escape(id)}"]`);
const versionName = (id: string) => versionInput(id)?.closest("label")?.textContent ?? null;

/** The Chinese version the reader shows (its checked radio), or null away from the reader. */
function useShownVersion(): string | null {
  return useSyncExternalStore(
    (onChange) => {
      document.addEventListener("change", onChange);
      return () => document.removeEventListener("change", onChange);
    },
    () => document.querySelector<HTMLInputElement>('[data-reader-controls] input[name="version"]:checked')?.value ?? null,
    () => null,
  );
}

export function Quotes({ targets }: { targets: Target[] }) {
  const t = useTranslations("Annotations");
  const shown = useShownVersion();
  const show = (target: Target) => {
    const input = versionInput(target.versionId!);
    if (!input) return;
    input.checked = true;
    input.dispatchEvent(new Event("change", { bubbles: true }));
    scrollToSentence(target.segmentId);
  };
  return (
    <div className="note-quotes">
      {targets.map((target, i) => {
        const elsewhere = shown && target.versionId && target.versionId !== shown ? versionName(target.versionId) : null;
        return (
          <div key={i}>
            <blockquote className="note-quote" lang={target.language}>
              {target.selector.exact}
            </blockquote>
            {elsewhere && (
              <p className="note-elsewhere">
                {t("onOtherVersion", { version: elsewhere })}{" "}
                <button type="button" className="link-button" onClick={() => show(target)}>
                  {t("showVersion", { version: elsewhere })}
                </button>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
