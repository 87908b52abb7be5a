-- Assignments (issue 16.1): a reading a teacher sets for a class, and its prompts.

-- CreateEnum
CREATE TYPE "LatePolicy" AS ENUM ('refuse', 'mark_late');

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "fromIndex" INTEGER,
    "toIndex" INTEGER,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "expectNotes" INTEGER NOT NULL DEFAULT 0,
    "expectReplies" INTEGER NOT NULL DEFAULT 0,
    "expectProposals" INTEGER NOT NULL DEFAULT 0,
    "expectVotes" INTEGER NOT NULL DEFAULT 0,
    "classmatesAfterOwnPost" BOOLEAN NOT NULL DEFAULT false,
    "lockAfterDue" BOOLEAN NOT NULL DEFAULT false,
    "latePolicy" "LatePolicy" NOT NULL DEFAULT 'mark_late',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentPrompt" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssignmentPrompt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Assignment_classId_dueAt_idx" ON "Assignment"("classId", "dueAt");

-- CreateIndex
CREATE INDEX "Assignment_documentId_idx" ON "Assignment"("documentId");

-- CreateIndex
CREATE INDEX "AssignmentPrompt_assignmentId_idx" ON "AssignmentPrompt"("assignmentId");

-- CreateIndex
CREATE INDEX "AssignmentPrompt_segmentId_idx" ON "AssignmentPrompt"("segmentId");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentPrompt" ADD CONSTRAINT "AssignmentPrompt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentPrompt" ADD CONSTRAINT "AssignmentPrompt_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
