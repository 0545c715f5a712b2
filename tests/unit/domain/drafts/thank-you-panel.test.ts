// The thank-you notes to a panel differ in more than the name (interviewers compare notes): each has
// its own opening, first-six-months line, closing and sign-off; the process contact who sat on the
// panel is thanked for arranging the day, with the others named. Each note keeps exactly one blank
// (what was discussed with that person) and spells out every fact jobnudge knows.
import { describe, expect, it } from "vitest";
import { TOPIC_BLANK, writeDraft } from "../../../../functions/domain/drafts";
import type { EmployerRecord } from "../../../../functions/domain/employer";
import { employer, NEW_YORK, ownerIn } from "../builders";

const NOW = "2026-04-14T20:00:00.000Z";
const PANEL = ["Priya Nair", "Tom Becker", "Nadia Brandt"];

function notes(fields: Partial<EmployerRecord>) {
  const record = employer("Larkspur Robotics", {
    role: "Robotics Software Engineer",
    contactName: "Nadia Brandt",
    contactEmail: "nadia.brandt@larkspurrobotics.com",
    interviewAt: "2026-04-14T18:00:00.000Z",
    interviewers: PANEL,
    ...fields,
  });
  return record.interviewers.map((recipient) =>
    writeDraft("thank_you", { owner: ownerIn(NEW_YORK), employer: record, now: NOW, recipient }),
  );
}

/** The note to the person itself (after any "could you pass this on" lines), names taken out. */
function personalPart(body: string, names: string[]): string {
  const start = body.lastIndexOf("\n\nHi ");
  let text = start >= 0 ? body.slice(start + 2) : body;
  for (const name of names) {
    text = text.replaceAll(name, "NAME");
    text = text.replaceAll(name.split(" ")[0] ?? name, "NAME");
  }
  return text;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?,])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s !== "Sam Rivera" && !s.startsWith("Hi NAME"));
}

describe("thank-you notes to a three-person panel", () => {
  it.each([
    { label: "the contact sat on the panel", fields: {} },
    {
      label: "the contact is a recruiter outside the panel",
      fields: { contactName: "Jo Kim", contactEmail: "jo@larkspurrobotics.com" },
    },
    { label: "no address at all", fields: { contactName: null, contactEmail: null } },
  ])("are pairwise different beyond the name ($label)", ({ fields }) => {
    // Act
    const drafts = notes(fields);
    const names = [...PANEL, "Jo Kim"];
    const parts = drafts.map((d) => personalPart(d.body, names));

    // Assess
    expect(drafts).toHaveLength(3);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        expect(parts[i]).not.toBe(parts[j]);
        // Not one sentence in common: a panel comparing notes sees three different letters.
        const shared = sentences(parts[i] ?? "").filter((s) => sentences(parts[j] ?? "").includes(s));
        expect(shared).toEqual([]);
      }
    }
  });

  it.each([
    { label: "the contact sat on the panel", fields: {} },
    { label: "no address at all", fields: { contactName: null, contactEmail: null } },
  ])("each keeps one marked blank, and every known fact is spelt out ($label)", ({ fields }) => {
    for (const [i, draft] of notes(fields).entries()) {
      const text = `${draft.subject}\n${draft.body}`;
      expect(text.split(TOPIC_BLANK)).toHaveLength(2);
      expect(text.replace(TOPIC_BLANK, "")).not.toMatch(/[[\]]/);
      expect(draft.body).toContain("Tuesday 14 April");
      expect(draft.body).toContain("Robotics Software Engineer");
      expect(draft.body).toContain("Larkspur Robotics");
      expect(draft.body).toContain("first six months");
      expect(draft.body).toContain(`Hi ${PANEL[i]?.split(" ")[0]},`);
      expect(draft.body.trimEnd().endsWith("Sam Rivera")).toBe(true);
    }
  });

  it("thanks the contact on the panel for arranging the interviews, naming the others", () => {
    // Act
    const toNadia = notes({})[2];

    // Assess
    expect(toNadia?.to).toBe("nadia.brandt@larkspurrobotics.com");
    expect(toNadia?.body).toContain(
      "Thank you for arranging my interviews on Tuesday 14 April with Priya Nair and Tom Becker",
    );
  });

  it("a single interviewer gets the plain note, with no word of arranging", () => {
    // Act
    const [only] = notes({ interviewers: ["Nadia Brandt"] });

    // Assess
    expect(only?.body).toMatch(/^Hi Nadia,\n\nThank you for taking the time to talk with me on Tuesday 14 April/);
    expect(only?.body).not.toContain("arranging");
  });
});
