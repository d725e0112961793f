import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Noto Sans SC (SIL OFL) from node_modules, embedded (subset) in every PDF, so
 * Chinese prints on a fresh machine after `npm install`: no system font, no
 * browser, no network. Resolved from the project root at run time because the
 * server bundle has no __dirname of its own; read once per process (10 MB).
 */
const requireFromRoot = createRequire(path.join(process.cwd(), "package.json"));

let cached: { regular: Buffer; bold: Buffer } | undefined;

export function reportFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(requireFromRoot.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")),
    bold: readFileSync(requireFromRoot.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf")),
  };
  return cached;
}
