/**
 * A Simplified import (issue 17.10): its Chinese is stored as written and tagged zh-Hans, whether the
 * importer said so or the text did; notes anchor on the Simplified text; a Traditional import stays
 * zh-Hant.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codePointLength } from "../../lib/anchoring/code-points";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { convertScript } from "../../lib/script/convert";
import { spanToShown } from "../../lib/script/offset-map";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { importDocumentSchema } from "../../lib/validation/document-import";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { getAlignment } from "../../server/data/documents/get-alignment";
import { getDocument } from "../../server/data/documents/get-document";
import { importDocument } from "../../server/data/documents/import-document";
import { saveAlignment } from "../../server/data/documents/save-alignment";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const EN = "Our CEO met the users. The stakeholders agreed.";
const ZH = "我们的首席执行官会见了用户。利益相关者都同意了。";

let alice: { id: string };
beforeAll(async () => {
  alice = await createUser(db, "Alice Simplified");
});

async function importPublished(input: Record<string, unknown>) {
  const { slug } = await importDocument({
    userId: alice.id,
    input: importDocumentSchema.parse({ title: "Staff note", en: EN, zh: ZH, ...input }),
  });
  const alignment = await getAlignment({ userId: alice.id, slug });
  await saveAlignment({ userId: alice.id, slug, rows: alignment.rows, publish: true });
  return (await getDocument({ slug, userId: alice.id }))!;
}

describe("a Simplified import", () => {
  it("is detected, stored as written and tagged zh-Hans; its Traditional view converts by phrase", async () => {
    const document = await importPublished({});
    const version = document.versions[0]!;
    expect(version.language).toBe("zh-Hans");
    expect(version.name).toBe("导入译文 Imported"); // in the script the text is written in
    const first = document.segments[0]!;
    const text = first.translations[version.id]!;
    expect(text).toBe("我们的首席执行官会见了用户。");
    const rows = await db.translation.findMany({ where: { versionId: version.id }, select: { language: true } });
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(["zh-Hans"]));

    // The Traditional view: mainland → Taiwan phrases, 首席执行官 (5) → 執行長 (3).
    const { text: traditional, map } = convertScript(text, "hans", "hant");
    expect(traditional).toBe("我們的執行長會見了使用者。");

    // A note on 执行官 is stored in the Simplified text, and shows on all of 執行長 in Traditional.
    const start = codePointLength("我们的首席");
    const selector = describeSpan(text, start, start + 3);
    const created = await createAnnotation({
      userId: alice.id,
      input: createAnnotationSchema.parse({
        document: document.slug,
        target: { segmentId: first.id, language: "zh-Hans", versionId: version.id, selector },
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "CEO" }] }] },
        visibility: "private",
      }),
    });
    const target = await db.annotationTarget.findFirstOrThrow({ where: { annotationId: (created.body as { id: string }).id } });
    expect(target).toMatchObject({ language: "zh-Hans", exact: "执行官" });
    const shown = spanToShown(map, target.start, target.end);
    expect([...traditional].slice(shown.start, shown.end).join("")).toBe("執行長");
  });

  it("follows the importer's choice over the detection", async () => {
    const document = await importPublished({ script: "hant" });
    expect(document.versions[0]!.language).toBe("zh-Hant");
  });

  it("keeps a Traditional import zh-Hant", async () => {
    const document = await importPublished({ zh: "我們的執行長會見了使用者。利害關係人都同意了。" });
    expect(document.versions[0]!.language).toBe("zh-Hant");
  });
});
