// SETUP for measure-page.sh: signs in as the demo oversight user (示范省) through the sign-in form (puppeteer page).
module.exports = require("./setup-sign-in.cjs").signInAs("oversight@example.gov.cn");
