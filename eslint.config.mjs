import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import regexpPlugin from "eslint-plugin-regexp";

// scripts/ (with scripts/bootstrap/) runs before and around the app; the app never imports it.
const BOOTSTRAP_IMPORTS = {
  group: ["**/scripts/**", "@/scripts/*"],
  message: "scripts/ is what runs before the app (start, migrate, seed, backups): the app does not import it.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  regexpPlugin.configs["flat/recommended"],
  {
    // A pattern that backtracks super-linearly lets one long header, cookie, query or body stall the server (ReDoS).
    // lib/security/regex-safety.test.ts checks the same patterns with recheck.
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
  {
    // Only the data layer (server/) may reach the database: routes stay thin, components and lib stay importable anywhere.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/server/generated/**", "@prisma/*", "pg", "@/server/db", "**/server/db"],
              message: "Only server/** talks to the database: call a function of server/data.",
            },
            BOOTSTRAP_IMPORTS,
          ],
        },
      ],
    },
  },
  {
    files: ["server/**/*.ts", "instrumentation.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [BOOTSTRAP_IMPORTS] }] },
  },
  {
    // lib/anchoring is pure text code: no React, Next, Prisma or server imports.
    files: ["lib/anchoring/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-*", "next", "next/*", "@prisma/*", "@/server/*", "@/components/*"],
              message: "Anchoring code is pure text code.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "server/generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
