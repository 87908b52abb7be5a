import { describe, expect, it } from "vitest";
import { isNews } from "./live-news";
import { unseenBySegment } from "./unseen-counts";
import type { AnnotationView, ReplyView } from "./types";

const reply = (id: string, mine = false): ReplyView => ({
  id,
  author: { id: mine ? "me" : "them", name: mine ? "Me" : "Them" },
  mine,
  body: null,
  bodyText: "",
  createdAt: "2026-12-02T00:00:00.000Z",
});

const note = (id: string, fields: Partial<AnnotationView> = {}): AnnotationView => ({
  id,
  document: "letter",
  author: { id: "them", name: "Them" },
  mine: false,
  visibility: "class",
  class: null,
  motivation: "commenting",
  color: "yellow",
  body: null,
  bodyText: "",
  tags: [],
  hidden: false,
  answered: false,
  orphan: false,
  version: 1,
  createdAt: "2026-12-02T00:00:00.000Z",
  updatedAt: "2026-12-02T00:00:00.000Z",
  targets: [{ segmentId: "s1", language: "en", versionId: null, selector: { exact: "a", prefix: "", suffix: "", start: 0, end: 1 } }],
  replies: [],
  ...fields,
});

describe("isNews", () => {
  it("is someone else's note that was not on the page", () => {
    expect(isNews(undefined, note("n1"))).toBe(true);
  });
  it("is not my own note arriving from another tab", () => {
    expect(isNews(undefined, note("n1", { mine: true }))).toBe(false);
  });
  it("is a reply someone else added to a note on the page, even my own note", () => {
    const mine = note("n1", { mine: true, replies: [reply("r1", true)] });
    expect(isNews(mine, { ...mine, replies: [reply("r1", true), reply("r2")] })).toBe(true);
  });
  it("is not my own reply, nor an edit that adds no reply", () => {
    const before = note("n1", { replies: [reply("r1")] });
    expect(isNews(before, { ...before, replies: [reply("r1"), reply("r2", true)] })).toBe(false);
    expect(isNews(before, { ...before, version: 2, color: "green", bodyText: "edited" })).toBe(false);
  });
});

describe("unseenBySegment", () => {
  it("counts each unseen note once on every sentence it touches", () => {
    const two = note("n2", {
      targets: [
        { segmentId: "s1", language: "en", versionId: null, selector: { exact: "a", prefix: "", suffix: "", start: 0, end: 1 } },
        { segmentId: "s1", language: "zh-Hant", versionId: "v", selector: { exact: "甲", prefix: "", suffix: "", start: 0, end: 1 } },
        { segmentId: "s2", language: "en", versionId: null, selector: { exact: "b", prefix: "", suffix: "", start: 0, end: 1 } },
      ],
    });
    const counts = unseenBySegment([note("n1"), two, note("n3")], new Set(["n2", "n3"]));
    expect(Object.fromEntries(counts)).toEqual({ s1: 2, s2: 1 });
  });
});
