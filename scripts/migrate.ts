// `npm run db:migrate`: applies pending migrations to the database.
// With DATABASE_OWNER_URL set (a server deployment), the migrations run as that owner and the
// runtime role in DATABASE_URL is then created or updated with only the grants the app needs
// (lib/migrate/roles.ts). Without it, one role does both (the embedded demo, development).
import { migrate } from "../lib/migrate/runner";
import { setupRuntimeRole } from "../lib/migrate/roles";
import { env, requireDatabaseUrl } from "../lib/env";

async function main() {
  const runtimeUrl = requireDatabaseUrl();
  const ownerUrl = env().DATABASE_OWNER_URL ?? runtimeUrl;
  const result = await migrate({ connectionString: ownerUrl, log: (l) => console.log(l) });
  console.log(
    `migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already up to date`,
  );
  if (ownerUrl !== runtimeUrl) {
    await setupRuntimeRole({ ownerUrl, runtimeUrl, log: (l) => console.log(l) });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
