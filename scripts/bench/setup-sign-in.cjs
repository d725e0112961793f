// SETUP for measure-page.sh: signs in through the sign-in form (puppeteer page) as the demo account in AS_EMAIL
// (default: the demo respondent), e.g.  AS_EMAIL=reviewer@example.gov.cn SETUP=scripts/bench/setup-sign-in.cjs …
// setup-respondent.cjs and setup-oversight.cjs are this with a fixed account.
const PASSWORD = "Demo#2026-AiGov";

function signInAs(email) {
  return async (page, { url }) => {
    const origin = new URL(url).origin;
    await page.goto(`${origin}/sign-in`, { waitUntil: "networkidle0" });
    await page.type('input[type="email"], input[name="email"]', email);
    await page.type('input[type="password"]', PASSWORD);
    await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }).catch(() => {}), page.click('button[type="submit"]')]);
  };
}

module.exports = (page, ctx) => signInAs(process.env.AS_EMAIL || "respondent@example.gov.cn")(page, ctx);
module.exports.signInAs = signInAs;
