import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI tries to download its schema engine before `generate`, even
// though generation needs no engine. Air-gapped installs cannot download, so
// point the check at a file that exists; migrations are applied by our own
// runner (lib/migrate), never by the engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(__dirname, "prisma", "schema.prisma");
process.env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    // Only used by Prisma CLI commands where an engine exists; the app reads lib/env.ts.
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
});
