// SETUP for measure-page.sh: signs in as the demo oversight user (示范省) through the sign-in form (puppeteer page).
module.exports = async (page, { url }) => {
  const origin = new URL(url).origin;
  await page.goto(`${origin}/sign-in`, { waitUntil: "networkidle0" });
  await page.type('input[type="email"], input[name="email"]', "oversight@example.gov.cn");
  await page.type('input[type="password"]', "Demo#2026-AiGov");
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }).catch(() => {}), page.click('button[type="submit"]')]);
};
