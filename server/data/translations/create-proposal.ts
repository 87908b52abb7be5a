import "server-only";
import type { CreateProposalInput } from "@/lib/validation/translation";
import { getDb } from "../../db";
import { HttpError } from "../../http/errors";
import { requireAudienceFits } from "../classes/class-readable";
import { requireProposalRoom } from "../limits/write-limits";
import { getSegmentOrThrow } from "./get-segment-or-throw";

/** A signed-in reader's own translation of one sentence; for a class only on a document the class may read, for everyone not on a class-only one. */
export async function createProposal(options: { userId: string; input: CreateProposalInput }): Promise<{ id: string }> {
  const { userId, input } = options;
  const segment = await getSegmentOrThrow({ userId, segmentId: input.segmentId });
  if (input.visibility === "class") {
    if (!input.classId)
      throw new HttpError(422, "A proposal for a class needs the class's id (classId).", { code: "proposal_class_missing" });
    const member = await getDb().membership.findFirst({ where: { classId: input.classId, userId }, select: { id: true } });
    if (!member)
      throw new HttpError(422, "You can only share a proposal with a class you belong to.", { code: "proposal_class_not_member" });
  }
  requireAudienceFits("proposal", segment.document, { visibility: input.visibility, classId: input.classId ?? null });
  await requireProposalRoom(userId, input.segmentId);
  const row = await getDb().translation.create({
    data: {
      segmentId: input.segmentId,
      kind: "proposal",
      text: input.text,
      authorId: userId,
      visibility: input.visibility,
      classId: input.visibility === "class" ? input.classId! : null,
    },
    select: { id: true },
  });
  return row;
}
