/**
 * `npm run db:deploy`: applies pending migrations to the database at DATABASE_URL and seeds it.
 * Run once per deploy, before starting the app instances. Safe to run again.
 */
import { prepareDatabase } from "./bootstrap/prepare-database";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (`npm start` migrates and seeds the embedded database by itself.)");
  process.exit(1);
}
try {
  await prepareDatabase(url);
  console.log("Database migrated and seeded.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
