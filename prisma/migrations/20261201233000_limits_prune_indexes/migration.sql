-- The pruner deletes by age, and replies are counted per author for the reply quota.
CREATE INDEX "LiveEvent_createdAt_idx" ON "LiveEvent"("createdAt");
CREATE INDEX "RateLimitEvent_createdAt_idx" ON "RateLimitEvent"("createdAt");
CREATE INDEX "Reply_authorId_idx" ON "Reply"("authorId");
