import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Only the server layer may reach the database: components and lib stay importable anywhere.
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}", "src/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/server/generated/**", "@prisma/*", "pg"], message: "Only src/server/** talks to the database." },
          ],
        },
      ],
    },
  },
  {
    // src/lib/anchoring is pure text code: no React, Next, Prisma or server imports.
    files: ["src/lib/anchoring/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-*", "next", "next/*", "@prisma/*", "@/server/*", "@/components/*"], message: "Anchoring code is pure text code." }] },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "src/server/generated/**", ".data/**", "test-results/**", "playwright-report/**"]),
]);
