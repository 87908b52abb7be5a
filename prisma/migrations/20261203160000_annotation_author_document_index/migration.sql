-- A new note's quota counts its author's live notes on the document. With an index on the author
-- alone the planner may AND it with the document's index, reading every note of a busy document for
-- each new note (92,530 index entries a note on the benchmark's letter, in a plan chosen after an
-- ANALYZE). Author and document together answer the count from the author's own notes, and still
-- serve every lookup by author alone, so the table keeps the same number of indexes
DROP INDEX "Annotation_authorId_idx";
CREATE INDEX "Annotation_authorId_documentId_idx" ON "Annotation"("authorId", "documentId");
