// Issue 10 through simulate, in New York and Berlin (the same story at the same wall-clock times): the
// deadline_passed email carries the late answer to the employer in both parts, and the digest after
// the lapsed deadline says the extension request's promise (no new processes) has ended.
import { describe, expect, it } from "vitest";
import { folded, htmlDraftBodies, textDraftBodies, visibleText } from "./read-parts";
import { runScenario, type ScenarioRun, wall } from "./run-scenario";

function parts(run: ScenarioRun, kind: string, at?: string): { text: string; html: string } {
  const i = run.result.emails.findIndex((e) => e.kind === kind && (at === undefined || e.at === at));
  if (i < 0) throw new Error(`no ${kind}${at ? ` at ${at}` : ""}`);
  return { text: run.bodies[i]?.text ?? "", html: run.bodies[i]?.html ?? "" };
}

describe.each([
  { folder: "timing-offers-new-york", offset: "-04:00", zone: "EDT" },
  { folder: "timing-offers-berlin", offset: "+02:00", zone: "CEST" },
])("an offer's deadline passes unanswered ($folder)", ({ folder, offset, zone }) => {
  it("deadline_passed drafts a late answer to the offering employer, the same in both parts", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const email = run.result.emails.find((e) => e.kind === "deadline_passed");
    const { text, html } = parts(run, "deadline_passed");

    // Assess
    expect(email?.at).toBe(wall("2026-04-15 09:00", offset));
    expect(email?.drafts).toEqual([
      { kind: "owner_reply", to: "owen.park@nimbusworks.com", subject: "Offer for Data Engineer: my answer" },
    ]);
    const [body] = textDraftBodies(text);
    expect(body).toBe(
      folded(`Hi Owen,

You asked for my answer on the offer for the Data Engineer role at Nimbus Works by Tuesday 14 April at 5:00 PM ${zone}, and I have not given it yet; I did not want to leave it any longer without a word.

I am still very interested in joining Nimbus Works. Is the offer still open? If it is, could you tell me by when you need my answer now? I will keep to that date.

I am glad to talk it through on a short call if that is easier; thank you for your patience.

Best regards,
Sam Rivera`),
    );
    expect(htmlDraftBodies(html)).toEqual([body]);
    // The call comes first, in both parts; the one-click fixes stay.
    for (const part of [text, visibleText(html)]) {
      expect(part).toContain("Call first: a short script");
      expect(part).toContain(`(it was due Tuesday 14 April at 5:00 PM ${zone})`);
      expect(part).toContain("They gave me more time: set the new deadline");
      expect(part).toContain("send the late answer below");
    }
  });

  it("the digest before the lapse keeps the promise; the one after says it ended", async () => {
    // Prepare / Act
    const run = await runScenario(folder);
    const before = parts(run, "digest", wall("2026-04-13 08:00", offset));
    const after = parts(run, "digest", wall("2026-04-20 08:00", offset));

    // Assess
    for (const part of [before.text, visibleText(before.html)]) {
      expect(part).toContain("Finish what you started");
      expect(part).not.toMatch(/Keep applying|promise has ended/);
    }
    for (const part of [after.text, visibleText(after.html)]) {
      expect(part).not.toContain("Finish what you started");
      expect(folded(part)).toContain(
        `Your extension request to Nimbus Works said you were not starting new processes until you answered; that answer was due Tue 14 Apr, 5:00 PM ${zone} and has lapsed, so that promise has ended: you are free to start new processes again.`,
      );
    }
  });
});
