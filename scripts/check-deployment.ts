/**
 * Run by `npm start` when it serves without demo data (scripts/lib/demo-policy.ts):
 *  - with --refuse-demo (an address other machines can reach, SEED_DEMO not true):
 *    exits 2 when demo accounts with the published password exist;
 *  - says how to create the first administrator when there is none.
 */
import { disconnectDb } from "../lib/db";
import { demoAccountsWithPublishedPassword, hasAdministrator } from "../lib/data/seed";

const refuseDemo = process.argv.includes("--refuse-demo");
const host = process.env.HOST ?? "localhost";

async function main(): Promise<number> {
  if (refuseDemo) {
    const demo = await demoAccountsWithPublishedPassword();
    if (demo.length) {
      console.error(
        [
          `[start] refusing to start: demo accounts with the published password (see README) exist in this database`,
          `        (${demo.join(", ")}) and the app would listen on ${host}, which other machines can reach:`,
          `        anyone who has read the README could sign in as them, including the system administrator.`,
          `  To fix, one of:`,
          `    - use a fresh database for a real deployment (demo data is only seeded on a loopback address);`,
          `    - start on a loopback address (HOST=127.0.0.1 npm start), sign in as an administrator and`,
          `      deactivate the demo accounts or change their passwords;`,
          `    - for a demonstration on purpose, set SEED_DEMO=true.`,
        ].join("\n"),
      );
      return 2;
    }
  }
  if (!(await hasAdministrator())) {
    console.log(
      [
        "[start] no demo data, and no administrator yet. Create the first one with:",
        "          npm run admin:create -- --email admin@your-department.gov.cn --org-code <code of your top unit>",
        "        (see README, \"Real deployment\").",
      ].join("\n"),
    );
  }
  return 0;
}

main()
  .then((code) => (process.exitCode = code))
  .catch((err) => {
    console.error(`[start] ${err instanceof Error ? err.message : err}`);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
