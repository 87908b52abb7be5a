import { describe, expect, it } from "vitest";
import { filterAnnotations, filterChoices, NO_FILTERS } from "./filter-annotations";

const make = (
  id: string,
  fields: Partial<{
    tags: string[];
    author: { id: string; name: string };
    motivation: string;
    bodyText: string;
    exact: string;
    reply: string;
  }>,
) => ({
  id,
  tags: fields.tags ?? [],
  author: fields.author ?? { id: "a", name: "Ann" },
  motivation: fields.motivation ?? "commenting",
  bodyText: fields.bodyText ?? "",
  targets: [
    { segmentId: "s", language: "en", versionId: null, selector: { exact: fields.exact ?? "", prefix: "", suffix: "", start: 0, end: 1 } },
  ],
  replies: fields.reply
    ? [{ id: "r", author: { id: "b", name: "Ben" }, mine: false, body: null, bodyText: fields.reply, createdAt: "" }]
    : [],
});

const notes = [
  make("1", { tags: ["tone"], bodyText: "Formal register", exact: "competence" }),
  make("2", { tags: ["語氣"], author: { id: "b", name: "Ben" }, motivation: "questioning", bodyText: "為什麼用「監督」？" }),
  make("3", { motivation: "assessing", exact: "bad faith", reply: "Agreed: too literal" }),
];
const ids = (filters: Partial<typeof NO_FILTERS>) => filterAnnotations(notes, { ...NO_FILTERS, ...filters }).map((n) => n.id);

describe("filterAnnotations", () => {
  it("keeps everything without filters", () => expect(ids({})).toEqual(["1", "2", "3"]));
  it("filters by tag, author and motivation together", () => {
    expect(ids({ tag: "語氣" })).toEqual(["2"]);
    expect(ids({ authorId: "a" })).toEqual(["1", "3"]);
    expect(ids({ authorId: "a", motivation: "assessing" })).toEqual(["3"]);
  });
  it("searches note text, quotes, replies and tags, ignoring case and width", () => {
    expect(ids({ query: "FORMAL" })).toEqual(["1"]);
    expect(ids({ query: "監督" })).toEqual(["2"]);
    expect(ids({ query: "bad faith" })).toEqual(["3"]);
    expect(ids({ query: "literal" })).toEqual(["3"]);
    expect(ids({ query: "ｔｏｎｅ" })).toEqual(["1"]);
    expect(ids({ query: "nowhere" })).toEqual([]);
  });
  it("lists the tags and authors to choose from", () => {
    expect(filterChoices(notes)).toEqual({
      tags: ["tone", "語氣"],
      authors: [
        { id: "a", name: "Ann" },
        { id: "b", name: "Ben" },
      ],
    });
  });
});
