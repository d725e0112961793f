// SETUP for measure-page.sh: signs in as the demo respondent through the sign-in form (puppeteer page).
module.exports = require("./setup-sign-in.cjs").signInAs("respondent@example.gov.cn");
