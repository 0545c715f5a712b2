// Test-only: Debian's chromium, driven by playwright-core, the same way for every browser test
// (headless, no sandbox, nothing phoning home).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export async function launchChromium(purpose: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${purpose} needs Debian's chromium at ${CHROMIUM}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
