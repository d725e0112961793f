import { defineConfig } from "vitest/config";
import path from "node:path";

// Two projects: "unit" needs nothing but Node; "integration" needs DATABASE_URL
// (scripts/test.ts creates a fresh database for each run and drops it after).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One shared fresh database per run; files isolate their data by unique codes.
          fileParallelism: false,
        },
      },
    ],
  },
});
