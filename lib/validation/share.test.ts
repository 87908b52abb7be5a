import { describe, expect, it } from "vitest";
import { readSharedView } from "./share";

describe("readSharedView", () => {
  it("reads a stored view as it was written", () => {
    const view = { annotationIds: ["a", "b"], versionId: "v", filters: { tag: "t" }, focus: "a", layout: "stacked", includePrivate: true };
    expect(readSharedView(view)).toEqual(view);
  });

  it("reads a link made before includePrivate as not including private notes", () => {
    expect(readSharedView({ annotationIds: null, versionId: null, filters: {}, focus: null, layout: null }).includePrivate).toBeFalsy();
  });

  it("shows no notes for a view that is not one, rather than a class's or everyone's", () => {
    for (const broken of [null, "text", 42, []]) expect(readSharedView(broken).annotationIds).toEqual([]);
    expect(readSharedView({ annotationIds: "not a list", layout: "sideways" })).toMatchObject({ annotationIds: [], layout: null });
  });
});
