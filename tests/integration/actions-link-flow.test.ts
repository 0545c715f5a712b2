// One signed-link flow in a real browser against the local actions endpoint, with the state in
// DynamoDB Local: open the link (GET: confirmation only), press the button (POST: applied), then
// open it again (used: a 4xx page). Debian's chromium, driven by playwright-core.
import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { makeLinkSigner } from "../../functions/adapters/hmac-links";
import { newEmployer } from "../../functions/domain/employer";
import { startActionsServer } from "../../functions/local/stack/actions-server";
import { ensureTable, localDynamoClient } from "../../functions/local/stack/dynamodb-local";
import { testDeps } from "../fakes/use-case-deps";
import { launchChromium } from "./chromium";

const PORT = Number(process.env.JOBNUDGE_TEST_ACTIONS_PORT ?? 18_787);
const NOW = "2026-03-04T15:00:00.000Z";
const client = localDynamoClient(inject("dynamoEndpoint"));
const table = `links-${randomUUID().slice(0, 8)}`;

let browser: Browser;
let server: { url: string; stop(): Promise<void> };
const deps = testDeps(NOW);

beforeAll(async () => {
  await ensureTable(client, table);
  deps.state = new DynamoStateStore(client, table, deps.owner.email);
  deps.links = makeLinkSigner(
    `http://127.0.0.1:${PORT}`,
    { kid: "t1", secret: randomUUID() },
    () => deps.clock.now(),
    30,
  );
  await deps.state.saveEmployer({ ...newEmployer("Globex", NOW), stage: "offer", respondBy: "2026-03-13" });
  server = await startActionsServer({ host: "127.0.0.1", port: PORT, deps });
  browser = await launchChromium("the browser test");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  client.destroy();
});

describe("a signed accept link in a browser", () => {
  it("GET asks, POST applies, a second use is refused", async () => {
    // Prepare
    const link = deps.links.sign("accept", "globex");
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone

    // Act: open the link, as a mail scanner or the owner would
    const opened = await page.goto(link);

    // Assess: a confirmation page, nothing changed yet
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Accept Globex's offer");
    expect((await deps.state.getEmployer("globex"))?.stage).toBe("offer");

    // Act: press the button (POST)
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Yes, I accepted" }).click()]);

    // Assess: applied, and the result says so
    await expect(page.getByRole("status").textContent()).resolves.toContain("you accepted Globex's offer");
    expect((await deps.state.getEmployer("globex"))?.stage).toBe("accepted");

    // Act: the same link again
    await page.goto(link);
    await Promise.all([page.waitForLoadState("load"), page.getByRole("button").click()]);

    // Assess: used links are a 4xx page
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Each link works once");
    await page.close();
  });
});
