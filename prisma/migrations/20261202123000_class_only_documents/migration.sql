-- Class-only imports (issue 16.4): a document readable by one class's members and its owner.
ALTER TYPE "DocumentVisibility" ADD VALUE 'class';

ALTER TABLE "Document" ADD COLUMN "classId" TEXT;

CREATE INDEX "Document_classId_idx" ON "Document"("classId");

ALTER TABLE "Document" ADD CONSTRAINT "Document_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE SET NULL ON UPDATE CASCADE;
