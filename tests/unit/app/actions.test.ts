import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { makeLinkSigner, signLink } from "../../../functions/adapters/hmac-links";
import { handleAction } from "../../../functions/app/actions";
import { processInbound } from "../../../functions/app/inbound";
import { fireNudge } from "../../../functions/app/nudge";
import { testDeps } from "../../fakes/use-case-deps";
import { employer } from "../domain/builders";

const NOW = "2026-03-04T15:00:00.000Z";
const NOW_S = Date.parse(NOW) / 1000;
const KEY = { kid: "k1", secret: "0123456789abcdef0123456789abcdef" };

async function setup() {
  const deps = testDeps(NOW);
  const links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
  deps.links = links;
  await deps.state.saveEmployer(employer("Globex", { stage: "offer", respondBy: "2026-03-13" }));
  await deps.state.saveEmployer(employer("Acme"));
  const path = (action: string, employerId: string | null, extra?: Record<string, string>) =>
    new URL(links.sign(action, employerId, extra)).pathname;
  return { deps, path };
}

describe("handleAction", () => {
  it("GET shows a confirmation page and changes nothing; POST applies once", async () => {
    // Prepare
    const { deps, path } = await setup();
    const link = path("accept", "globex");
    const before = await deps.state.listEmployers();
    // Act
    const confirm = await handleAction(deps, { method: "GET", path: link });
    const head = await handleAction(deps, { method: "HEAD", path: link });
    // Assess
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('<form method="post">');
    expect(head.status).toBe(200);
    expect(await deps.state.listEmployers()).toEqual(before);

    const done = await handleAction(deps, { method: "POST", path: link, form: {} });
    expect(done.status).toBe(200);
    expect(done.html).toContain("you accepted Globex");
    expect((await deps.state.getEmployer("globex"))?.stage).toBe("accepted");

    const again = await handleAction(deps, { method: "POST", path: link, form: {} });
    expect(again.status).toBe(409);
    expect(again.html).toContain("already used");
  });

  it.each<[string, (p: string) => string, number]>([
    ["truncated", (p) => p.slice(0, -6), 403],
    ["garbage", () => "/a/not-a-token", 400],
    [
      "forged employer",
      (p) =>
        p.replace(
          /\/a\/([^.]+)\./,
          (_m, body: string) =>
            `/a/${Buffer.from(Buffer.from(body, "base64url").toString().replace("globex", "acme")).toString("base64url")}.`,
        ),
      403,
    ],
    ["no token", () => "/", 404],
  ])("a %s token is a 4xx on GET and POST and changes nothing", async (_name, tamper, status) => {
    const { deps, path } = await setup();
    const before = await deps.state.listEmployers();
    const bad = tamper(path("withdraw", "globex"));
    for (const method of ["GET", "POST"]) {
      const page = await handleAction(deps, { method, path: bad, form: {} });
      expect(page.status).toBe(status);
      expect(page.html).toContain("Nothing was changed.");
    }
    expect(await deps.state.listEmployers()).toEqual(before);
  });

  it("an expired token is 410; another key id is 403", async () => {
    const { deps, path } = await setup();
    const link = path("stop", "acme");
    deps.setNow("2026-04-10T15:00:00.000Z");
    expect((await handleAction(deps, { method: "POST", path: link, form: {} })).status).toBe(410);
    const other = signLink(
      { action: "stop", employerId: "acme", exp: NOW_S + 3600, jti: "x" },
      { kid: "k9", secret: KEY.secret },
    );
    deps.setNow(NOW);
    expect((await handleAction(deps, { method: "POST", token: other, form: {} })).status).toBe(403);
    expect((await deps.state.getEmployer("acme"))?.stopped).toBe(false);
  });

  it("a refused transition is a 409 page and leaves the link usable", async () => {
    const { deps, path } = await setup();
    const link = path("decline", "acme"); // Acme has made no offer
    const page = await handleAction(deps, { method: "POST", path: link, form: {} });
    expect(page.status).toBe(409);
    expect(page.html).toContain("there is no offer");
  });

  it("snooze for a week; the fix link renames, or merges into an existing employer", async () => {
    const { deps, path } = await setup();
    await handleAction(deps, { method: "POST", path: path("snooze", "acme", { days: "7" }), form: {} });
    expect((await deps.state.getEmployer("acme"))?.snoozedUntil).toBe("2026-03-11T15:00:00.000Z");

    const missingName = await handleAction(deps, {
      method: "POST",
      path: path("not_employer", "acme"),
      form: { name: " " },
    });
    expect(missingName.status).toBe(400);
    await handleAction(deps, { method: "POST", path: path("not_employer", "acme"), form: { name: "Acme Robotics" } });
    expect((await deps.state.getEmployer("acme"))?.name).toBe("Acme Robotics");
    await handleAction(deps, { method: "POST", path: path("not_employer", "acme"), form: { name: "globex" } });
    expect((await deps.state.listEmployers()).map((e) => e.id)).toEqual(["globex"]);
  });

  it("a snooze link with a length jobnudge never offers is refused", async () => {
    const { deps, path } = await setup();
    const page = await handleAction(deps, { method: "GET", path: path("snooze", "acme", { days: "365" }) });
    expect(page.status).toBe(400);
  });

  it("every one-click link a nudge carries works when pressed", async () => {
    // Prepare: an interview forwarded on Monday; its prep nudge fires on Wednesday.
    const deps = testDeps("2026-03-02T15:15:00.000Z");
    deps.links = makeLinkSigner("https://actions.test", KEY, () => deps.clock.now(), 30);
    const raw = await readFile(new URL("../../../samples/demo/globex-interview.eml", import.meta.url));
    await deps.rawMail.put("r1", new Uint8Array(raw));
    await processInbound(deps, { rawKey: "r1", envelopeFrom: "you@example.com", verdicts: null });
    const prep = deps.scheduler.pending().find((s) => s.kind === "interview_prep");
    if (!prep) throw new Error("no interview_prep planned");
    deps.setNow(prep.dueAt);
    await fireNudge(deps, { nudgeId: prep.id, dueAt: prep.dueAt });
    const nudge = deps.sent.find((e) => e.kind === "interview_prep");
    const urls = nudge?.text.match(/https:\/\/actions\.test\/a\/[\w.-]+/g) ?? [];
    expect(urls.length).toBeGreaterThanOrEqual(3);

    // Act
    const pages = [];
    for (const url of urls)
      pages.push(await handleAction(deps, { method: "POST", path: new URL(url).pathname, form: {} }));

    // Assess
    expect(pages.map((p) => p.status)).toEqual(urls.map(() => 200));
  });
});
