// Export a bundled framework version as JSON, or check a JSON file with the same checks as the tests.
// Usage: node --import tsx scripts/framework-json.ts export 2.0 > aigov-2.0.json
//        node --import tsx scripts/framework-json.ts check my-variant.json [paper.txt]
import { readFileSync } from "node:fs";
import { bundledFramework } from "../lib/framework";
import { exportFrameworkJson, parseFrameworkJson } from "../lib/framework/json";

const [cmd, arg, paperFile] = process.argv.slice(2);
if (cmd === "export" && arg) {
  const fw = bundledFramework(arg);
  if (!fw) {
    console.error(`no bundled framework version ${arg}`);
    process.exitCode = 1;
  } else process.stdout.write(exportFrameworkJson(fw));
} else if (cmd === "check" && arg) {
  const res = parseFrameworkJson(readFileSync(arg, "utf8"), paperFile ? { paper: readFileSync(paperFile, "utf8") } : {});
  if (res.ok) console.log(`${res.framework.code} ${res.framework.version}: valid`);
  else {
    for (const i of res.issues) console.error(i);
    process.exitCode = 1;
  }
} else {
  console.error("usage: framework-json.ts export <version> | check <file.json> [paper.txt]");
  process.exitCode = 2;
}
