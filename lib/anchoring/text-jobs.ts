/**
 * The CPU-heavy text work a request may need, by name: what the text worker thread runs
 * (server/workers/text-worker.mjs loads this file). Inputs and results cross threads by structured
 * clone, so they are plain data.
 */
import { alignImport } from "./align-import";
import { reanchor } from "./reanchor";
import type { TextSelector } from "./text-quote";

export const textJobs = {
  alignImport,
  /** Every stored selector on one text, re-anchored in the text's new version. */
  reanchorAll: (input: { selectors: TextSelector[]; text: string }) => input.selectors.map((selector) => reanchor(selector, input.text)),
};

export type TextJobs = typeof textJobs;
export type TextJobName = keyof TextJobs;
