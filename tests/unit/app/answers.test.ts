// The ask path end to end at the actions endpoint: the acknowledgement's one-tap answers (signed
// links) confirm, change or reclassify an unsure fact, and the plan follows.
import { describe, expect, it } from "vitest";
import { makeLinkSigner } from "../../../functions/adapters/hmac-links";
import { handleAction } from "../../../functions/app/actions";
import type { UnsureFact } from "../../../functions/domain/employer";
import { testDeps } from "../../fakes/use-case-deps";
import { employer } from "../domain/builders";

const NOW = "2026-03-04T15:00:00.000Z";
const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };
const DEADLINE = "2026-03-13T17:00:00-04:00";

const held = (field: UnsureFact["field"], value: string): UnsureFact => ({
  field,
  value,
  confidence: 0.6,
  messageKey: "m1",
  at: "2026-03-04T14:00:00.000Z",
});

async function setup(
  unsure: UnsureFact[],
  timeline = [{ at: "2026-03-04T14:00:00.000Z", kind: "offer" as const, summary: "offer", messageKey: "m1" }],
) {
  const deps = testDeps(NOW);
  const links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
  deps.links = links;
  await deps.state.saveEmployer(
    employer("Globex", { stage: "offer", offerReceivedAt: "2026-03-04T14:00:00.000Z", unsure, timeline }),
  );
  const path = (action: string, extra?: Record<string, string>) =>
    new URL(links.sign(action, "globex", extra)).pathname;
  const planned = async () => (await deps.state.listScheduleEntries()).map((e) => e.kind);
  return { deps, path, planned };
}

describe("answers to the acknowledgement's questions", () => {
  it("'Deadline ...? Yes': GET asks in the owner's words, POST confirms and plans the decision reminder", async () => {
    // Prepare
    const { deps, path, planned } = await setup([held("respondBy", DEADLINE)]);
    const link = path("confirm", { field: "respondBy", value: DEADLINE });
    // Act
    const page = await handleAction(deps, { method: "GET", path: link });
    const done = await handleAction(deps, { method: "POST", path: link, form: {} });
    // Assess
    expect(page.status).toBe(200);
    expect(page.html).toContain("Fri 13 Mar, 5:00 PM EDT");
    expect(done.status).toBe(200);
    const record = await deps.state.getEmployer("globex");
    expect(record).toMatchObject({ respondBy: DEADLINE, unsure: [], factConfidence: { respondBy: 1 } });
    expect(await planned()).toContain("decision_reminder");
  });

  it("'Change' shows a date field and POST applies the typed date", async () => {
    const { deps, path } = await setup([held("respondBy", DEADLINE)]);
    const link = path("change", { field: "respondBy" });
    const page = await handleAction(deps, { method: "GET", path: link });
    expect(page.html).toContain('name="date"');
    const bad = await handleAction(deps, { method: "POST", path: link, form: { date: "whenever" } });
    expect(bad.status).toBe(400);
    const done = await handleAction(deps, { method: "POST", path: link, form: { date: "mar 16 5pm" } });
    expect(done.status).toBe(200);
    expect(await deps.state.getEmployer("globex")).toMatchObject({
      respondBy: "2026-03-16T17:00:00-04:00",
      factConfidence: { respondBy: 1 },
      unsure: [],
    });
  });

  it("'Not a job mail' about the only message removes the record and its plan", async () => {
    const { deps, path, planned } = await setup([held("kind", "offer")]);
    const done = await handleAction(deps, {
      method: "POST",
      path: path("reclassify", { message: "m1", kind: "other" }),
      form: {},
    });
    expect(done.status).toBe(200);
    expect(await deps.state.getEmployer("globex")).toBeNull();
    expect(await planned()).toEqual([]);
  });

  it("a second answer to the same question changes nothing", async () => {
    const { deps, path } = await setup([held("kind", "offer")]);
    await handleAction(deps, { method: "POST", path: path("reclassify", { message: "m1", kind: "update" }), form: {} });
    const late = await handleAction(deps, {
      method: "POST",
      path: path("confirm", { field: "kind", value: "offer" }),
      form: {},
    });
    expect(late.status).toBe(409);
    expect(late.html).toContain("Nothing was changed.");
  });

  it("a link that does not say what to record is refused", async () => {
    const { deps, path } = await setup([]);
    const page = await handleAction(deps, {
      method: "POST",
      path: path("confirm", { field: "salary", value: "1" }),
      form: {},
    });
    expect(page.status).toBe(400);
  });
});
