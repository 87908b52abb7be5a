/**
 * Prisma CLI configuration (generate, migrate).
 *
 * Prisma 6.19 runs its schema engine in WASM when `engine: "js"` is set with a driver adapter;
 * the Rust binaries it would otherwise download cannot be fetched on our machines (see README).
 * The adapter here is only for the CLI: the app's runtime client uses @prisma/adapter-pg as is.
 */
import { defineConfig } from "prisma/config";
import { migrationAdapterFactory } from "./prisma/migration-adapter";

// The CLI falls back to downloading the library engine when the datasource URL is unset,
// even for `prisma generate`, which never connects. A placeholder keeps it offline.
process.env.DATABASE_URL ??= "postgresql://interleaf@127.0.0.1:5432/interleaf";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapterFactory(process.env.DATABASE_URL!),
});
