-- A link that admits members remembers the join code it was made under (hashed). Links made
-- before this have none, so they stop admitting anyone until a teacher makes a new one.
ALTER TABLE "Share" ADD COLUMN "joinCodeHash" TEXT;

-- Teachers list every link into their class.
CREATE INDEX "Share_classId_idx" ON "Share"("classId");
