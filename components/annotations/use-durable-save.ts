"use client";
/**
 * Saving that loses nothing: the draft stays in this browser (localStorage) until the server has
 * committed it; a failed save is retried with backoff under the same Idempotency-Key, so a retry
 * whose first attempt did arrive stores nothing twice.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi, type ApiResult } from "@/components/api-client";

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "retrying"; error: string; inSeconds: number }
  | { state: "failed"; error: string };

const RETRY_DELAYS = [1, 2, 4, 8, 15, 30];

export function useDurableSave<T>(options: { path: string; method?: string; onSaved: (data: T) => void }) {
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  // The retry timer calls the latest `send` through this ref (a callback cannot name itself).
  const sendRef = useRef<(payload: unknown, key: string) => Promise<ApiResult<T>>>(undefined);
  const { path, method = "POST", onSaved } = options;
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = useCallback(
    async (payload: unknown, idempotencyKey: string): Promise<ApiResult<T>> => {
      clearTimeout(timer.current);
      setStatus({ state: "saving" });
      const result = await callApi<T>(path, { method, json: payload, headers: { "Idempotency-Key": idempotencyKey } });
      if (result.ok) {
        attempt.current = 0;
        setStatus({ state: "saved" });
        onSaved(result.data);
        return result;
      }
      if (result.retryable) {
        const delay = RETRY_DELAYS[Math.min(attempt.current, RETRY_DELAYS.length - 1)]!;
        attempt.current += 1;
        setStatus({ state: "retrying", error: result.error, inSeconds: delay });
        timer.current = setTimeout(() => void sendRef.current?.(payload, idempotencyKey), delay * 1000);
      } else {
        setStatus({ state: "failed", error: result.error });
      }
      return result;
    },
    [path, method, onSaved],
  );

  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  return { status, save: send, reset: () => setStatus({ state: "idle" }) };
}

/**
 * A save with no editor behind it to keep a draft (a one-click highlight): tried again a few times
 * on the same schedule and under the same Idempotency-Key, then its failure is the caller's to say.
 */
export async function saveWithRetries<T>(path: string, payload: unknown, idempotencyKey: string, tries = 3): Promise<ApiResult<T>> {
  const post = () => callApi<T>(path, { method: "POST", json: payload, headers: { "Idempotency-Key": idempotencyKey } });
  let result = await post();
  for (let attempt = 0; !result.ok && result.retryable && attempt < tries; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]! * 1000));
    result = await post();
  }
  return result;
}

// Kept in their own file so the reader's first load can read a draft without this module (the reader's notes layer).
export { dropDraft, loadDraft, storeDraft } from "./draft-storage";
