import { defineConfig } from "@playwright/test";

// Debian's chromium, never a downloaded browser (no network besides the package registries).
const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  // PLAYWRIGHT_GREP narrows a run while developing; CI runs everything.
  grep: process.env.PLAYWRIGHT_GREP ? new RegExp(process.env.PLAYWRIGHT_GREP) : undefined,
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // The app's own server (as `npm start` uses): it hands the app the socket's address, so sign-in
    // throttling and the audit log see each client as it is (lib/auth/request-meta.ts).
    command: `node --import tsx scripts/server.ts`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      ...(process.env as Record<string, string>),
      HOST: "localhost",
      PORT: String(PORT),
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NODE_ENV: "production",
      // Admission control on, as in production, but with a patient bound: the fuzz suite's parallel anonymous
      // requests on a busy CI machine must wait, not be refused (e2e/overload.spec.ts tests the refusals).
      ADMISSION_MAX_WAIT_MS: process.env.ADMISSION_MAX_WAIT_MS ?? "60000",
    },
  },
});
