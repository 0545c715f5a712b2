import { defineConfig } from "vitest/config";

// On Node 20 the AWS SDK prints its NodeVersionSupportWarning once per test worker; the project's
// stance on Node versions is in README (22 recommended, 20 supported), so keep test output for tests.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

// Three projects: `unit` (pure, fast), `integration` (DynamoDB Local + SES emulator started once by
// the global setup), `infra` (SST/Pulumi mocks; needs `npm run typecheck:infra` to have installed
// the platform). Run one with `npx vitest run --project unit`.
// An inline project starts from vitest's defaults (5 s per test, 10 s per hook) unless it sets
// `extends: true`; with it, each project takes the root settings below and overrides only what it
// sets itself.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      { extends: true, test: { name: "infra", include: ["tests/infra/**/*.test.ts"], testTimeout: 60_000 } },
    ],
  },
});
