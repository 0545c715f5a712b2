// The one-click fixes of the timing emails: "I answered them" on a your_move email, and the fixes
// of deadline_passed (accepted, declined, a new deadline), each through the actions use case.
import { describe, expect, it } from "vitest";
import { makeLinkSigner } from "../../../functions/adapters/hmac-links";
import { handleAction } from "../../../functions/app/actions";
import { testDeps } from "../../fakes/use-case-deps";
import { employer } from "../domain/builders";

const NOW = "2026-04-15T13:00:00.000Z";
const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };

async function setup() {
  const deps = testDeps(NOW);
  const links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
  deps.links = links;
  await deps.state.saveEmployer(
    employer("Wrenfield", { ownerMove: { move: "send availability", at: "2026-04-14T13:00:00.000Z" } }),
  );
  await deps.state.saveEmployer(
    employer("Nimbus", {
      stage: "offer",
      respondBy: "2026-04-14T17:00:00-04:00",
      offerReceivedAt: "2026-04-07T14:00:00.000Z",
    }),
  );
  const path = (action: string, employerId: string, extra?: Record<string, string>) =>
    new URL(links.sign(action, employerId, extra)).pathname;
  return { deps, path };
}

describe("timing fixes by link", () => {
  it("'I answered them' asks about the answer, records it as no follow-up, and hands the move back", async () => {
    // Prepare
    const { deps, path } = await setup();
    const link = path("sent", "wrenfield", { reply: "1" });

    // Act
    const confirm = await handleAction(deps, { method: "GET", path: link });
    const done = await handleAction(deps, { method: "POST", path: link, form: {} });

    // Assess
    expect(confirm.html).toContain("Record that you answered Wrenfield?");
    expect(done.html).toContain("Recorded: you answered Wrenfield&#39;s request (send availability).");
    const saved = await deps.state.getEmployer("wrenfield");
    expect(saved?.ownerMove).toBeNull();
    expect(saved?.followUpsSent).toBe(0);
  });

  it("'I sent it' from a follow-up email while their request is pending says the request was answered", async () => {
    // Prepare
    const { deps, path } = await setup();
    const link = path("sent", "wrenfield");

    // Act
    const done = await handleAction(deps, { method: "POST", path: link, form: {} });

    // Assess
    expect(done.html).toContain("request (send availability)");
    expect(done.html).not.toContain("the follow-up");
    expect((await deps.state.getEmployer("wrenfield"))?.followUpsSent).toBe(0);
  });

  it("'They gave me more time' sets the new deadline typed on the page", async () => {
    // Prepare
    const { deps, path } = await setup();
    const link = path("change", "nimbus", { field: "respondBy" });

    // Act
    const done = await handleAction(deps, { method: "POST", path: link, form: { date: "apr 21 5pm" } });

    // Assess
    expect(done.status).toBe(200);
    expect((await deps.state.getEmployer("nimbus"))?.respondBy).toBe("2026-04-21T17:00:00-04:00");
  });

  it.each([
    ["accept", "accepted"],
    ["decline", "declined"],
  ])("'%s' after the deadline records the answer", async (action, stage) => {
    // Prepare
    const { deps, path } = await setup();

    // Act
    await handleAction(deps, { method: "POST", path: path(action, "nimbus"), form: {} });

    // Assess
    expect((await deps.state.getEmployer("nimbus"))?.stage).toBe(stage);
  });
});
