// `npm run db:seed`: loads the default framework; demo data only into a database with no organisations.
import { disconnectDb } from "../lib/db";
import { seed } from "../lib/data/seed";
import { env } from "../lib/env";

// An explicit developer command: demo data unless SEED_DEMO=false. `npm start` decides SEED_DEMO itself (scripts/lib/demo-policy.ts).
const demo = env().SEED_DEMO ?? true;
seed({ demo })
  .then((r) => {
    const why = demo ? "database already has organisations" : "demo data is off here";
    console.log(`framework ${r.frameworkCreated ? "loaded" : "already present"}; demo data ${r.demoSeeded ? "seeded" : `not added (${why})`}`);
  })
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
