import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": import.meta.dirname,
  // `server-only` throws outside React Server Components; tests call the data layer directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "server/**/*.test.ts",
            "scripts/**/*.test.ts",
            "app/**/*.test.ts",
            "prisma/**/*.test.ts",
            "e2e/support/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/database-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database; each test makes its own rows where it writes.
          fileParallelism: false,
        },
      },
    ],
  },
});
