// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { migrate } from "../lib/migrate/runner";
import { requireDatabaseUrl } from "../lib/env";

async function main() {
  const result = await migrate({ connectionString: requireDatabaseUrl(), log: (l) => console.log(l) });
  console.log(
    `migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already up to date`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
