// The emails that carry tables (acknowledgements, digests, command replies, offer reviews, decision
// reminders) read on a phone: rendered in Debian's chromium at 360, 375 and 390 px, nothing scrolls
// sideways and no word is broken in the middle (the tables stack as labelled cards below 480 px).
// Set JOBNUDGE_SCREENSHOTS=DIR to keep a full-page PNG of each at 375 px for a look.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeDigest } from "../../functions/domain/compose/digest";
import { loadScenario, simulateFull } from "../../functions/local/simulate";
import { renderEmail } from "../../templates/render";
import { ownerSettings } from "../fakes/owner";
import { employer } from "../unit/domain/builders";
import { launchChromium } from "./chromium";

const SCENARIOS = join(import.meta.dirname, "../fixtures/scenarios");
const TABLE_KINDS = new Set(["ack", "digest", "command_reply", "offer_review", "decision_reminder"]);
const WIDTHS = [360, 375, 390];
const SHOTS = process.env.JOBNUDGE_SCREENSHOTS;

interface Email {
  name: string;
  html: string;
}

/** The last email of each table-bearing kind in a few scenarios, plus a crowded digest. */
async function tableEmails(): Promise<Email[]> {
  const emails: Email[] = [];
  for (const folder of ["offer-new-york", "silence-kolkata", "decline-berlin", "accept-kolkata"]) {
    const dir = join(SCENARIOS, folder);
    const { result, bodies } = await simulateFull(dir, await loadScenario(dir));
    const last = new Map<string, number>();
    result.emails.forEach((e, i) => {
      if (TABLE_KINDS.has(e.kind)) last.set(e.kind, i);
    });
    for (const [kind, i] of last) emails.push({ name: `${folder}-${kind}`, html: bodies[i]?.html ?? "" });
  }
  const now = "2026-04-13T12:00:00.000Z";
  const offer = (name: string, fields: object) =>
    employer(name, {
      stage: "offer",
      respondBy: "2026-04-24T17:00:00-04:00",
      lastContactAt: "2026-04-08T15:00:00.000Z",
      offer: { base: 185000, currency: "USD", bonus: "15%", equity: "0.25% over four years", pto: 25 },
      ...fields,
    });
  const crowded = composeDigest(
    [
      offer("Harborview Systems International", { rank: 1 }),
      offer("Northgate Analytics", { rank: 2, offer: { benefits: "medical, dental and vision from day one" } }),
      offer("Juniper Atlas Engineering", { rank: 3, respondBy: null }),
      employer("Quillon Biosciences", { interviewAt: "2026-04-16T14:00:00-04:00", expectDecisionBy: "2026-04-20" }),
    ],
    [],
    ownerSettings({ targetBase: 190000 }),
    now,
    (action, id) => `https://actions.example.com/a/${action}/${id ?? "-"}`,
  );
  emails.push({ name: "crowded-digest", html: renderEmail(crowded).html });
  return emails;
}

/**
 * Runs in the page (a string, because this project's TypeScript has no DOM types): the document's
 * sideways overflow, and each word whose letters land on more than one line.
 */
const MEASURE = `(() => {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent || "").matchAll(/[\\p{L}\\p{N}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  const root = document.documentElement;
  return { overflow: root.scrollWidth - root.clientWidth, broken };
})()`;

async function measure(page: Page): Promise<{ overflow: number; broken: string[] }> {
  return (await page.evaluate(MEASURE)) as { overflow: number; broken: string[] };
}

let browser: Browser;
let emails: Email[];

beforeAll(async () => {
  emails = await tableEmails();
  browser = await launchChromium("the phone-width test");
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

// A browser on a busy machine: generous limits, never vitest's defaults.
describe.each(WIDTHS)("table-bearing emails at %i px", (width) => {
  it("have no sideways scroll and no word broken mid-word", { timeout: 180_000 }, async () => {
    // Prepare
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const problems: string[] = [];
    expect(emails.length).toBeGreaterThan(10);

    for (const email of emails) {
      // Act
      await page.setContent(email.html);
      const { overflow, broken } = await measure(page);
      if (SHOTS && width === 375) await page.screenshot({ path: join(SHOTS, `${email.name}.png`), fullPage: true });

      // Assess (collected, so one run names every email that fails)
      if (overflow > 0) problems.push(`${email.name}: ${overflow}px sideways scroll`);
      if (broken.length > 0) problems.push(`${email.name}: broken ${broken.join(", ")}`);
    }
    await page.close();
    expect(problems).toEqual([]);
  });
});
