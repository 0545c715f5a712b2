import { describe, expect, it } from "vitest";
import { composeDigest } from "../../../../functions/domain/compose/digest";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { renderEmail } from "../../../../templates/render";
import { employer, owner, readableLinks } from "../builders";

const NOW = "2026-03-09T12:00:00.000Z"; // Monday 08:00 EDT

const globex = employer("Globex", {
  stage: "offer",
  rank: 1,
  respondBy: "2026-03-13",
  offer: { base: 150000, currency: "USD", bonus: "10%", pto: 25, remote: "remote", benefits: "full health" },
});
const acme = employer("Acme", {
  stage: "offer",
  respondBy: "2026-03-31T17:00:00-04:00",
  offer: { base: 140000, currency: "USD", signOn: 10000, pto: 20, remote: "onsite" },
});
const initech = employer("Initech", { stage: "offer", offer: { equity: "0.1%" } });
const hooli = employer("Hooli", { lastContactAt: "2026-03-02T15:00:00.000Z" });
const closed = employer("Umbrella", { stage: "rejected" });

function digest(employers: EmployerRecord[], targetBase: number | null = null) {
  return composeDigest(employers, [], owner({ targetBase }), NOW, readableLinks);
}

describe("composeDigest", () => {
  it("with no offers: the process table, no offer table, and a push to keep applying", () => {
    // Prepare / Act
    const view = digest([hooli, closed]);
    // Assess
    expect(view.kind).toBe("digest");
    expect(view.subject).toBe("Your week: 1 open process, no offers");
    expect(view.tables.map((t) => t.title)).toEqual(["Open processes"]);
    expect(view.tables[0]?.rows.map((r) => r[0])).toEqual(["Hooli"]);
    expect(view.sections.map((s) => s.title)).toEqual(["Keep the search going"]);
    expect(view.deadline).toBeNull();
  });

  it("with nothing open at all, says so and still pushes to apply", () => {
    const view = digest([closed]);
    expect(view.sections.map((s) => s.title)).toEqual(["Open processes", "Keep the search going"]);
    expect(view.sections[1]?.items[0]).toContain("No process is active");
  });

  it.each<{ name: string; employers: EmployerRecord[]; near: string | null }>([
    { name: "no offer and no promised decision", employers: [hooli], near: null },
    { name: "an offer in hand", employers: [acme, hooli], near: "An offer is on the table (Acme)" },
    {
      name: "a decision promised for later this week",
      employers: [{ ...hooli, expectDecisionBy: "2026-03-12" }],
      near: "An offer is in sight (Hooli)",
    },
    { name: "a promised date already past", employers: [{ ...hooli, expectDecisionBy: "2026-03-06" }], near: null },
  ])("fewer than 3 active, $name: accelerates the search when an offer seems near", ({ employers, near }) => {
    // Prepare / Act
    const items = digest(employers).sections.find((s) => s.title === "Keep the search going")?.items ?? [];

    // Assess
    expect(items[0]).toContain("Keep applying");
    const accelerate = items.find((i) => i.includes("speed the search up")) ?? null;
    expect(accelerate === null ? null : accelerate.slice(0, accelerate.indexOf(":"))).toBe(near);
  });

  it("with one offer: its terms, what is missing, and the target check", () => {
    const view = digest([acme, hooli], 150000);
    const offers = view.tables.find((t) => t.title === "Offers side by side");
    expect(offers?.columns).toEqual(["Term", "Acme"]);
    expect(offers?.rows).toContainEqual(["Base", "140,000 USD"]);
    expect(offers?.rows).toContainEqual(["Bonus", "not stated"]);
    expect(offers?.rows).toContainEqual(["Answer by", "Tue 31 Mar, 5:00 PM EDT"]);
    const pros = view.sections.find((s) => s.title === "Acme: pros and cons")?.items ?? [];
    expect(pros).toContain("Con: base is below your target of 150,000 USD: know your floor before you answer");
    expect(pros).toContain("Con: benefits not detailed: ask about health, retirement match and their cost to you");
    expect(pros.some((p) => p.includes("of your offers"))).toBe(false); // nothing to compare with
    expect(view.sections.some((s) => s.title === "Keep the search going")).toBe(true);
  });

  it("with three offers: side by side, compared, top choice first, and no push to apply", () => {
    const view = digest([acme, initech, globex, hooli]);
    const offers = view.tables.find((t) => t.title === "Offers side by side");
    expect(offers?.columns).toEqual(["Term", "Globex", "Acme", "Initech"]);
    expect(offers?.rows.map((r) => r[0])).toEqual([
      "Base",
      "Bonus",
      "Equity",
      "Sign-on",
      "PTO",
      "Benefits",
      "Location",
      "Start",
      "Answer by",
      "Your rank",
    ]);
    expect(offers?.rows).toContainEqual(["Equity", "not stated", "not stated", "0.1%"]);
    const globexNotes = view.sections.find((s) => s.title === "Globex: pros and cons")?.items ?? [];
    expect(globexNotes).toContain("Pro: your top choice");
    expect(globexNotes).toContain("Pro: most flexible (remote)");
    expect(globexNotes).toContain("Con: answer due soon: Fri 13 Mar");
    const initechNotes = view.sections.find((s) => s.title === "Initech: pros and cons")?.items ?? [];
    expect(initechNotes).toContain("Con: base pay not stated: ask for it in writing");
    expect(initechNotes).toContain("Con: no answer deadline given: ask when they need your answer");
    expect(view.sections.some((s) => s.title === "Keep the search going")).toBe(false);
    expect(view.deadline).toBe("Globex: Fri 13 Mar");
    expect(view.actions.map((a) => a.url)).toEqual([
      "https://actions.test/a/prefer/acme",
      "https://actions.test/a/prefer/hooli",
      "https://actions.test/a/prefer/initech",
    ]);
  });

  it("compares base pay across two offers in one currency", () => {
    const view = digest([acme, globex]);
    expect(view.sections.find((s) => s.title === "Globex: pros and cons")?.items).toContain(
      "Pro: highest base of your offers",
    );
    expect(view.sections.find((s) => s.title === "Acme: pros and cons")?.items).toContain(
      "Con: lowest base of your offers",
    );
  });
});

describe("composeDigest after accepting an offer", () => {
  it("says which offer was accepted, what is still open, and stops pushing to apply", () => {
    const view = digest([employer("Acme", { stage: "accepted", acceptedAt: NOW }), hooli, closed]);

    expect(view.subject).toBe("Your week: you accepted Acme, 1 open process to close");
    expect(view.sections[0]?.title).toBe("You accepted Acme");
    expect(view.sections[0]?.items.join(" ")).toContain("Still open: Hooli");
    expect(view.sections.some((s) => s.title === "Keep the search going")).toBe(false);
  });

  it("moves on to the resignation once the letter is in", () => {
    const view = digest([employer("Acme", { stage: "accepted", acceptedAt: NOW, offerLetterReceived: true })]);

    expect(view.sections[0]?.items[0]).toContain("plan your resignation");
    expect(view.sections[0]?.items[1]).toBe("Every other process is closed: nothing left to withdraw from.");
    // nothing to close: the summary does not count zero processes (it said "0 open processes to close")
    expect(view.subject).toBe("Your week: you accepted Acme");
    expect(view.happened).not.toMatch(/\b0 open/);
  });

  it("shows an offer that came after the acceptance as a choice, not as a process to withdraw from", () => {
    const late = employer("Hooli", { stage: "offer", offerReceivedAt: "2026-03-12T15:00:00.000Z" });
    const view = digest([employer("Acme", { stage: "accepted", acceptedAt: "2026-03-10T15:00:00.000Z" }), late]);

    expect(view.subject).toBe("Your week: you accepted Acme, a newer offer from Hooli");
    expect(view.sections[0]?.items.join(" ")).toContain("back out of Acme");
    expect(view.sections[0]?.items.join(" ")).not.toContain("Withdraw courteously");
  });
});

describe("digest rendering", () => {
  it.each([
    ["no offers", [hooli, closed], []],
    ["one offer", [acme, hooli], ["Acme"]],
    ["three offers", [acme, initech, globex, hooli], ["Globex", "Acme", "Initech"]],
  ])("renders with %s: every offer in the HTML and the text part", (_what, employers, offerNames) => {
    // Act
    const email = renderEmail(digest(employers as EmployerRecord[]));

    // Assess
    expect(email.subject).toMatch(/^Your week/);
    for (const name of offerNames) {
      expect(email.html).toContain(name);
      expect(email.text).toContain(name);
    }
    expect(email.html.includes("Offers side by side")).toBe(offerNames.length > 0);
  });
});

describe("composeDigest with an extension request out (PLAYBOOK §7)", () => {
  const asked = (respondBy: string) =>
    employer("Nimbus", {
      stage: "offer",
      respondBy,
      offer: { base: 140000, currency: "USD" },
      timeline: [
        {
          at: "2026-03-05T14:00:00.000Z",
          kind: "nudge",
          summary: "extension_request",
          nudgeId: "extension_request.nimbus.x",
        },
      ],
    });

  it("while its deadline is ahead: no push to apply, only 'finish what you started'", () => {
    const view = digest([asked("2026-03-13"), hooli]);
    const titles = view.sections.map((s) => s.title);
    expect(titles).toContain("Finish what you started");
    expect(titles).not.toContain("Keep the search going");
    expect(titles).not.toContain("Your promise has ended");
  });

  it("once the (extended) deadline has lapsed: the push to apply returns and says the promise ended", () => {
    // The extended deadline was Fri 6 Mar; the digest is Mon 9 Mar.
    const view = digest([asked("2026-03-06T17:00:00-05:00"), hooli]);
    const keep = view.sections.find((s) => s.title === "Keep the search going")?.items ?? [];
    expect(view.sections.map((s) => s.title)).not.toContain("Finish what you started");
    expect(keep[0]).toBe(
      "Your extension request to Nimbus said you were not starting new processes until you answered; that answer was due Fri 6 Mar, 5:00 PM EST and has lapsed, so that promise has ended: you are free to start new processes again.",
    );
    expect(keep.join(" ")).toContain("Keep applying");
  });

  it("with three processes open, the lapsed promise is still said, without the push to apply", () => {
    const view = digest([asked("2026-03-06"), hooli, employer("Vandelay", {}), employer("Pendant", {})]);
    expect(view.sections.map((s) => s.title)).toContain("Your promise has ended");
    expect(view.sections.map((s) => s.title)).not.toContain("Keep the search going");
  });
});
