// Every owner email kind the planner can produce, composed from planner output and rendered: it must
// not throw (the renderer refuses empty values, which catches composers that leave a blank), and
// names from mail (employer, contact, interviewers) must come out escaped in the HTML.
import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../functions/domain/compose";
import type { EmployerRecord } from "../../../functions/domain/employer";
import type { LinkMaker } from "../../../functions/domain/link-actions";
import { planNudges } from "../../../functions/domain/playbook";
import { OWNER_EMAIL_KINDS } from "../../../functions/domain/vocabularies";
import { renderEmail } from "../../../templates/render";
import { BERLIN, employer, NEW_YORK, ownerIn } from "../domain/builders";

const SCRIPT = "<script>alert(1)</script>";
const ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
const NOW = "2026-04-06T12:00:00.000Z";
const links: LinkMaker = (action, employerId) => `https://actions.example.com/a/${action}/${employerId ?? "-"}`;

/** Owner email kinds that are nudges (the others are answers and the digest, composed elsewhere). */
const NUDGE_KINDS = OWNER_EMAIL_KINDS.filter((k) => !["ack", "digest", "command_reply", "error"].includes(k));

const person = `Dana ${SCRIPT} Lee`;
const hostile = (fields: Partial<EmployerRecord> = {}) =>
  employer(`Acme ${SCRIPT}`, {
    role: "Staff Engineer",
    contactName: person,
    contactEmail: "dana.lee@acme.example",
    lastContactAt: "2026-04-01T14:00:00.000Z",
    ...fields,
  });
const preferred = (fields: Partial<EmployerRecord> = {}) =>
  employer(`Globex ${SCRIPT}`, {
    rank: 1,
    role: "Platform Engineer",
    contactName: "Jordan Kim",
    contactEmail: "jordan.kim@globex.example",
    lastContactAt: "2026-04-02T14:00:00.000Z",
    ...fields,
  });
const offerFields: Partial<EmployerRecord> = {
  stage: "offer",
  rank: 2,
  respondBy: "2026-04-10T17:00:00-04:00",
  offerReceivedAt: "2026-04-06T11:55:00.000Z",
  offer: { base: 150000, currency: "USD", bonus: "10%" },
};

/** One state per situation; together they produce every nudge kind. */
const STATES: { name: string; employers: EmployerRecord[] }[] = [
  {
    name: "interview ahead",
    employers: [hostile({ interviewAt: "2026-04-09T14:00:00-04:00", interviewers: [person, "Tom Becker"] })],
  },
  { name: "silence", employers: [hostile()] },
  {
    name: "three follow-ups unanswered",
    employers: [hostile({ followUpsSent: 3, lastFollowUpAt: "2026-04-03T14:00:00.000Z" })],
  },
  { name: "offer below a preferred process", employers: [hostile(offerFields), preferred()] },
  { name: "offer without deadline", employers: [hostile({ ...offerFields, respondBy: null }), preferred()] },
  {
    name: "accepted, letter pending",
    employers: [hostile({ stage: "accepted", acceptedAt: NOW, rank: null }), preferred()],
  },
  {
    name: "accepted, letter in",
    employers: [hostile({ stage: "accepted", acceptedAt: NOW, offerLetterReceived: true })],
  },
  { name: "declined, asked to talk", employers: [hostile({ stage: "declined", closedAt: NOW, asksToTalk: true })] },
  { name: "backed out", employers: [hostile({ stage: "withdrawn", backedOut: true, closedAt: NOW })] },
  { name: "rejected", employers: [hostile({ stage: "rejected", closedAt: NOW })] },
  {
    name: "waits on the owner's availability",
    employers: [hostile({ ownerMove: { move: "send availability", at: "2026-04-03T14:00:00.000Z" } })],
  },
  {
    name: "waits on the owner's references",
    employers: [hostile({ ownerMove: { move: "send references", at: "2026-04-03T14:00:00.000Z" } })],
  },
  {
    name: "an offer after accepting another",
    employers: [
      preferred({
        stage: "accepted",
        acceptedAt: "2026-04-03T14:00:00.000Z",
        offer: { base: 140000, startDate: "2026-05-04" },
      }),
      hostile(offerFields),
    ],
  },
  {
    name: "the deadline passed",
    employers: [
      hostile({ ...offerFields, respondBy: "2026-04-03T17:00:00-04:00", offerReceivedAt: "2026-04-01T11:55:00.000Z" }),
    ],
  },
];

/** The same states with everything optional unknown: no role, contact, interviewers or terms. */
const sparse = (records: EmployerRecord[]) =>
  records.map((r) => ({ ...r, role: null, contactName: null, contactEmail: null, interviewers: [], offer: null }));

const CASES = [NEW_YORK, BERLIN].flatMap((zone) =>
  STATES.flatMap((state) => [
    { zone, detail: "full", ...state },
    { zone, detail: "sparse", name: state.name, employers: sparse(state.employers) },
  ]),
);

describe("every planned nudge composes and renders", () => {
  it("the states below plan every nudge kind", () => {
    // Prepare / Act
    const planned = new Set(STATES.flatMap((s) => planNudges(s.employers, ownerIn(NEW_YORK), NOW).map((n) => n.kind)));

    // Assess
    expect([...planned].sort()).toEqual([...NUDGE_KINDS].sort());
  });

  it.each(CASES)("$name ($detail, $zone): renders and escapes names from mail", ({ zone, employers }) => {
    // Prepare
    const owner = ownerIn(zone);
    const planned = planNudges(employers, owner, NOW);
    expect(planned.length).toBeGreaterThan(0);

    for (const nudge of planned) {
      // Act
      const email = renderEmail(composeNudge(nudge, employers, owner, NOW, links));

      // Assess
      expect(email.html, nudge.kind).not.toContain(SCRIPT);
      expect(email.html, nudge.kind).not.toMatch(/<script/i);
      expect(email.html, nudge.kind).toContain(ESCAPED_SCRIPT);
      expect(email.text, nudge.kind).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });

  it.each([NEW_YORK, BERLIN])("escapes an interviewer's name in the prep and the thank-you (%s)", (zone) => {
    // Prepare
    const owner = ownerIn(zone);
    const employers = STATES[0]?.employers ?? [];
    const planned = planNudges(employers, owner, NOW).filter(
      (n) => n.kind === "interview_prep" || n.kind === "thank_you",
    );
    expect(planned.map((n) => n.kind).sort()).toEqual(["interview_prep", "thank_you"]);

    for (const nudge of planned) {
      // Act
      const { html } = renderEmail(composeNudge(nudge, employers, owner, NOW, links));

      // Assess
      expect(html, nudge.kind).toContain(`Dana ${ESCAPED_SCRIPT} Lee`);
    }
  });
});

describe("the owner's subject and headline name the process, the drafts the employer", () => {
  it.each(STATES.map((state) => ({ name: state.name, employers: state.employers })))(
    "$name: with a second role at each employer",
    ({ employers }) => {
      // Prepare: every employer gets a second process (another role under the same employer key).
      const owner = ownerIn(NEW_YORK);
      const withRoles = employers.map((r) => ({ ...r, role: r.role ?? "Analyst" }));
      const siblings = withRoles.map((r) => ({
        ...r,
        id: `${r.id}/second-role`,
        employerKey: r.employerKey ?? r.id,
        role: "Second Role",
        stage: "in_process" as const,
        timeline: [],
        sentNudges: [],
      }));
      const all = [...withRoles, ...siblings];
      const planned = planNudges(withRoles, owner, NOW);
      expect(planned.length).toBeGreaterThan(0);

      for (const nudge of planned) {
        // Act
        const view = composeNudge(nudge, all, owner, NOW, links);

        // Assess
        const r = withRoles.find((e) => e.id === nudge.employerId) as EmployerRecord;
        const label = `${r.name} / ${r.role}`;
        if (view.subject.includes(r.name)) expect(view.subject, nudge.kind).toContain(label);
        if (view.headline.includes(r.name)) expect(view.headline, nudge.kind).toContain(label);
        for (const draft of view.drafts) expect(`${draft.subject}\n${draft.body}`, nudge.kind).not.toContain(" / ");
      }
    },
  );
});
