// `npm run db:seed`: loads the default framework; demo data only into a database with no organisations.
import { disconnectDb } from "../lib/db";
import { seed } from "../lib/data/seed";
import { env } from "../lib/env";

seed({ demo: env().SEED_DEMO })
  .then((r) => {
    console.log(`framework ${r.frameworkCreated ? "loaded" : "already present"}; demo data ${r.demoSeeded ? "seeded" : "not added (database already has organisations)"}`);
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
