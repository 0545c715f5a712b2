// Issue 10: no draft of any kind leaves a bracket for a fact jobnudge knows (role, interviewer, start
// date, last day, deadline); where a fact is truly unknown (what was said in the room, who the
// referees are) one clearly marked blank stays. No draft greets the company ("Hi Acme"): with no person
// known, it says "Hello,". The late answer after an offer's deadline passed is honest and short.
import { describe, expect, it } from "vitest";
import { type DraftContext, REFERENCES_BLANK, TOPIC_BLANK, writeDraft } from "../../../../functions/domain/drafts";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { DRAFT_KINDS, type DraftKind } from "../../../../functions/domain/vocabularies";
import { BERLIN, employer, NEW_YORK, ownerIn } from "../builders";

const NOW = "2026-04-15T13:00:00.000Z"; // Wed 15 Apr: 9:00 AM in New York, 3:00 PM in Berlin

/** Every fact a draft may need, known. */
const known = employer("Acme Robotics", {
  stage: "offer",
  role: "Platform Engineer",
  contactName: "Dana Whitfield",
  contactEmail: "dana@acme.example",
  interviewAt: "2026-04-10T14:00:00.000Z",
  interviewers: ["Dana Whitfield"],
  respondBy: "2026-04-24T17:00:00-04:00",
  lastContactAt: "2026-04-13T14:00:00.000Z",
  offer: { base: 150000, currency: "USD", startDate: "2026-05-18" },
  offerLetterReceived: true,
  ownerMove: { move: "send availability", at: "2026-04-14T14:00:00.000Z" },
} as Partial<EmployerRecord>);

/** Each writer, and each variant of the ones that have several (the owner_reply's purposes). */
const VARIANTS: { name: string; kind: DraftKind; fields?: Partial<DraftContext>; record?: Partial<EmployerRecord> }[] =
  [
    ...DRAFT_KINDS.map((kind) => ({ name: kind, kind })),
    { name: "thank_you through the contact", kind: "thank_you", fields: { recipient: "Priya Nair" } },
    { name: "owner_reply: pick a slot", kind: "owner_reply", record: { ownerMove: { move: "pick a slot", at: NOW } } },
    {
      name: "owner_reply: confirm the time",
      kind: "owner_reply",
      record: { ownerMove: { move: "confirm the time", at: NOW } },
    },
    {
      name: "owner_reply: references",
      kind: "owner_reply",
      record: { ownerMove: { move: "send references", at: NOW } },
    },
    { name: "owner_reply: book the call", kind: "owner_reply", fields: { callWith: ["Lee Park"] } },
    { name: "owner_reply: late answer", kind: "owner_reply", fields: { deadlinePassed: true } },
    { name: "decline_offer: too late", kind: "decline_offer", fields: { acceptedElsewhere: true } },
    { name: "follow_up with an offer held", kind: "follow_up", fields: { heldOffer: known, followUpNumber: 2 } },
  ];

function write(variant: (typeof VARIANTS)[number], record: Partial<EmployerRecord> = {}, zone = NEW_YORK) {
  return writeDraft(variant.kind, {
    owner: ownerIn(zone),
    employer: { ...known, ...variant.record, ...record },
    now: NOW,
    offering: known,
    ...variant.fields,
  });
}

/** The blank a draft may keep, for a fact jobnudge cannot know; none for every other draft. */
function allowedBlank(name: string): string | null {
  if (name.startsWith("thank_you")) return TOPIC_BLANK;
  if (name === "owner_reply: references") return REFERENCES_BLANK;
  return null;
}

describe("no bracket where the fact is known", () => {
  it.each(VARIANTS)("$name", (variant) => {
    // Act
    const draft = write(variant);
    const text = [draft.subject, draft.body, ...(draft.callScript ?? [])].join("\n");

    // Assess
    const blank = allowedBlank(variant.name);
    const rest = blank ? text.replace(blank, "") : text;
    expect(rest).not.toContain("[");
    expect(rest).not.toContain("]");
    if (blank) expect(text.split(blank).length - 1).toBe(1);
    // The facts jobnudge knows are spelt out where the kind uses them.
    if (variant.kind === "resignation_letter") expect(draft.body).toContain("Friday 15 May");
    if (variant.kind === "thank_you") expect(draft.body).toMatch(/Platform Engineer.*Acme Robotics/);
  });

  it("the thank-you keeps one blank even for a second interviewer, and still greets the person", () => {
    const draft = write({ name: "thank_you", kind: "thank_you", fields: { recipient: "Priya Nair" } });
    expect(draft.body.match(/\[/g)).toHaveLength(1);
    expect(draft.body).toContain("Hi Priya,");
  });
});

describe("no draft greets the company", () => {
  const employerOnly = [
    { contactName: null, contactEmail: "jobs@acme.example" },
    { contactName: "Acme Robotics", contactEmail: "jobs@acme.example" },
    { contactName: "Acme Robotics Talent Team", contactEmail: "talent@acme.example" },
    { contactName: "Recruiting Team", contactEmail: "recruiting@acme.example" },
    { contactName: "Acme", contactEmail: "hr@acme.example" },
  ];

  it.each(
    employerOnly.flatMap((contact) =>
      VARIANTS.map((variant) => ({ ...variant, contact, label: `${variant.name} / ${contact.contactName}` })),
    ),
  )("$label", ({ contact, ...variant }) => {
    // Act
    const draft = write(variant, { ...contact, interviewers: [] });

    // Assess
    expect(draft.body).not.toMatch(/^(?:Hi|Dear|Hello) (?:Acme|Recruiting|Talent|Team)\b/m);
    expect([...(draft.callScript ?? [])].join("\n")).not.toMatch(/\b(?:Thank|Tell) (?:Acme|Recruiting)\b/);
    if (variant.kind !== "resignation_letter" && !variant.fields?.recipient) {
      expect(draft.body.split("\n")[0]).toBe("Hello,");
    }
  });

  it("a person's name is still used", () => {
    const draft = write({ name: "follow_up", kind: "follow_up" });
    expect(draft.body.split("\n")[0]).toBe("Hi Dana,");
  });
});

describe("the late answer after an offer's deadline passed (deadline_passed)", () => {
  const passed = { respondBy: "2026-04-13T17:00:00-04:00" };

  it.each([
    { zone: NEW_YORK, due: "Monday 13 April at 5:00 PM EDT" },
    { zone: BERLIN, due: "Monday 13 April at 11:00 PM CEST" },
  ])("names the date it was due in the owner's zone ($zone), asks whether the offer stands", ({ zone, due }) => {
    // Act
    const draft = write({ name: "late", kind: "owner_reply", fields: { deadlinePassed: true } }, passed, zone);

    // Assess
    expect(draft.kind).toBe("owner_reply");
    expect(draft.to).toBe("dana@acme.example");
    expect(draft.body).toContain(`by ${due}`);
    expect(draft.body).toContain("Platform Engineer");
    expect(draft.body).toMatch(/still very interested/);
    expect(draft.body).toMatch(/Is the offer still open\?/);
    // Honest, not apologetic, no ultimatum, a few lines; a call script first (calls beat emails).
    expect(draft.body).not.toMatch(/sorry|apolog|unless|final/i);
    expect(draft.body.split("\n\n").length).toBeLessThanOrEqual(5);
    expect(draft.callScript).toHaveLength(3);
  });
});
