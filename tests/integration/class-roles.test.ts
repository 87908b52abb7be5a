/**
 * Co-teachers and hand-over against the real database (issue 16.3): a teacher promotes a member
 * and demotes a teacher, never the last; hands the class over; students are refused with 403
 * `class_teacher_only`, non-members with 404; and a promoted co-teacher has every teacher's power
 * (the one rule: a Membership whose role is teacher).
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeMemberRole } from "../../server/data/classes/change-member-role";
import { getClassOrThrow } from "../../server/data/classes/get-class";
import { handOverClass } from "../../server/data/classes/hand-over-class";
import { removeMember } from "../../server/data/classes/remove-member";
import { rotateJoinCode } from "../../server/data/classes/rotate-join-code";
import { createClassWith, createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

let teacher: { id: string };
let student: { id: string };
let classmate: { id: string };
let stranger: { id: string };
let classId = "";

beforeEach(async () => {
  teacher = await createUser(db, "Teacher");
  student = await createUser(db, "Student");
  classmate = await createUser(db, "Classmate");
  stranger = await createUser(db, "Stranger");
  classId = await createClassWith(db, "Roles", teacher, [student, classmate]);
});

const roleOf = async (userId: string) => (await db.membership.findUnique({ where: { classId_userId: { classId, userId } } }))?.role ?? null;

describe("changing a member's role", () => {
  it("lets a teacher promote a student, who then has a teacher's tools", async () => {
    await expect(changeMemberRole({ userId: teacher.id, classId, memberId: student.id, role: "teacher" })).resolves.toEqual({
      id: student.id,
      role: "teacher",
    });
    expect(await roleOf(student.id)).toBe("teacher");
    const seen = await getClassOrThrow({ userId: student.id, classId });
    expect(seen.role).toBe("teacher");
    expect(seen.joinCode).not.toBeNull();
    // The co-teacher acts as any teacher: rotates the code, removes a student, demotes the creator.
    await expect(rotateJoinCode({ userId: student.id, classId })).resolves.toHaveProperty("joinCode");
    await expect(changeMemberRole({ userId: student.id, classId, memberId: teacher.id, role: "student" })).resolves.toMatchObject({
      role: "student",
    });
    await removeMember({ userId: student.id, classId, memberId: classmate.id });
    expect(await roleOf(classmate.id)).toBeNull();
  });

  it("refuses students with 403 class_teacher_only and strangers with 404", async () => {
    await expect(changeMemberRole({ userId: student.id, classId, memberId: student.id, role: "teacher" })).rejects.toMatchObject({
      status: 403,
      code: "class_teacher_only",
    });
    await expect(changeMemberRole({ userId: stranger.id, classId, memberId: student.id, role: "teacher" })).rejects.toMatchObject({
      status: 404,
      code: "class_not_found",
    });
    await expect(changeMemberRole({ userId: teacher.id, classId, memberId: stranger.id, role: "teacher" })).rejects.toMatchObject({
      status: 404,
      code: "member_not_found",
    });
    expect(await roleOf(student.id)).toBe("student");
  });

  it("never leaves the class without a teacher", async () => {
    await expect(changeMemberRole({ userId: teacher.id, classId, memberId: teacher.id, role: "student" })).rejects.toMatchObject({
      status: 422,
      code: "last_teacher_role",
    });
    expect(await roleOf(teacher.id)).toBe("teacher");
    await changeMemberRole({ userId: teacher.id, classId, memberId: student.id, role: "teacher" });
    // Two teachers demoting each other at once: one wins, the other finds itself a student (403) or the last teacher (422).
    const results = await Promise.allSettled([
      changeMemberRole({ userId: teacher.id, classId, memberId: student.id, role: "student" }),
      changeMemberRole({ userId: student.id, classId, memberId: teacher.id, role: "student" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { classId, role: "teacher" } })).toBe(1);
  });

  it("lets a teacher step down when another teacher remains", async () => {
    await changeMemberRole({ userId: teacher.id, classId, memberId: student.id, role: "teacher" });
    await changeMemberRole({ userId: teacher.id, classId, memberId: teacher.id, role: "student" });
    expect([await roleOf(teacher.id), await roleOf(student.id)]).toEqual(["student", "teacher"]);
    await expect(changeMemberRole({ userId: teacher.id, classId, memberId: teacher.id, role: "teacher" })).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe("handing the class over", () => {
  it("makes the chosen member its teacher and creator of record, and the caller a student", async () => {
    await expect(handOverClass({ userId: teacher.id, classId, memberId: student.id, keepTeaching: false })).resolves.toEqual({
      id: student.id,
      role: "teacher",
      createdById: student.id,
      yourRole: "student",
    });
    expect([await roleOf(teacher.id), await roleOf(student.id)]).toEqual(["student", "teacher"]);
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).createdById).toBe(student.id);
    // The former teacher, now a student, may leave; the new teacher is the last one and may not.
    await removeMember({ userId: teacher.id, classId, memberId: teacher.id });
    await expect(removeMember({ userId: student.id, classId, memberId: student.id })).rejects.toMatchObject({ code: "last_teacher" });
  });

  it("keeps the caller teaching when asked", async () => {
    await handOverClass({ userId: teacher.id, classId, memberId: classmate.id, keepTeaching: true });
    expect([await roleOf(teacher.id), await roleOf(classmate.id)]).toEqual(["teacher", "teacher"]);
  });

  it("refuses students, strangers, unknown members and oneself", async () => {
    await expect(handOverClass({ userId: student.id, classId, memberId: classmate.id, keepTeaching: false })).rejects.toMatchObject({
      status: 403,
      code: "class_teacher_only",
    });
    await expect(handOverClass({ userId: stranger.id, classId, memberId: student.id, keepTeaching: false })).rejects.toMatchObject({
      status: 404,
    });
    await expect(handOverClass({ userId: teacher.id, classId, memberId: stranger.id, keepTeaching: false })).rejects.toMatchObject({
      status: 404,
      code: "member_not_found",
    });
    await expect(handOverClass({ userId: teacher.id, classId, memberId: teacher.id, keepTeaching: false })).rejects.toMatchObject({
      status: 422,
      code: "hand_over_to_self",
    });
    expect([await roleOf(teacher.id), await roleOf(student.id), await roleOf(classmate.id)]).toEqual(["teacher", "student", "student"]);
  });
});
