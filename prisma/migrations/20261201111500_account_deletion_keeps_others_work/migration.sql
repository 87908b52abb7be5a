-- Deleting an account no longer cascades into what others wrote (issue 14, finding 9): a class
-- outlives its creator, an adoption outlives whoever made it, and an import that others wrote on
-- outlives its owner (server/data/users/delete-user.ts decides which imports go).

-- AlterTable
ALTER TABLE "Class" ALTER COLUMN "createdById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Adoption" ALTER COLUMN "adoptedById" DROP NOT NULL;

-- DropForeignKey
ALTER TABLE "Document" DROP CONSTRAINT "Document_ownerId_fkey";

-- DropForeignKey
ALTER TABLE "Adoption" DROP CONSTRAINT "Adoption_adoptedById_fkey";

-- DropForeignKey
ALTER TABLE "Class" DROP CONSTRAINT "Class_createdById_fkey";

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Adoption" ADD CONSTRAINT "Adoption_adoptedById_fkey" FOREIGN KEY ("adoptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Class" ADD CONSTRAINT "Class_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
