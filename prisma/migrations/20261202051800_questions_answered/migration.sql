-- A question (motivation questioning) can be marked answered by its author or a teacher of its class.
ALTER TABLE "Annotation" ADD COLUMN "answeredAt" TIMESTAMP(3);
