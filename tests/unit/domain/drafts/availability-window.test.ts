// Issue 10: the availability reply offers times inside the window the employer named ("this week",
// "the week of 16 March", "Thursday or Friday", "before Friday", "early next week"), on business days,
// in the owner's zone; and the your_move email says which window they asked about.
import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../../functions/domain/compose";
import { writeDraft } from "../../../../functions/domain/drafts";
import type { AskedWindow } from "../../../../functions/domain/employer";
import type { PlannedNudge } from "../../../../functions/domain/nudge";
import { BERLIN, employer, NEW_YORK, ownerIn, readableLinks } from "../builders";

const ASKED = "2026-03-03T15:00:00.000Z"; // Tue 3 Mar: 10:00 AM in New York, 4:00 PM in Berlin
const NOW = "2026-03-04T14:00:00.000Z"; // Wed 4 Mar: 9:00 AM in New York, 3:00 PM in Berlin

function record(window: AskedWindow) {
  return employer("Acme Robotics", {
    role: "Platform Engineer",
    contactName: "Dana Whitfield",
    contactEmail: "dana@acme.example",
    lastContactAt: ASKED,
    ownerMove: { move: "send availability", at: ASKED, window },
  });
}

/** The "- <window>" lines of the draft. */
function windows(zone: string, window: AskedWindow): string[] {
  const draft = writeDraft("owner_reply", { owner: ownerIn(zone), employer: record(window), now: NOW });
  return [...draft.body.matchAll(/^- (.+)$/gm)].map((m) => m[1] ?? "");
}

describe.each([
  { zone: NEW_YORK, abbreviation: "EST" },
  { zone: BERLIN, abbreviation: "CET" },
])("availability windows inside the asked window ($zone)", ({ zone, abbreviation }) => {
  it.each([
    {
      asked: { text: "this week", days: ["2026-03-04", "2026-03-05", "2026-03-06"] },
      // Wednesday is today: the days ahead are Thursday and Friday.
      expected: [
        "Thursday 5 March, 9:00 AM to 1:00 PM",
        "Thursday 5 March, 1:00 PM to 5:00 PM",
        "Friday 6 March, 9:00 AM to 1:00 PM",
      ],
    },
    {
      asked: {
        text: "the week of 16 March",
        days: ["2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20"],
      },
      // A whole week: its middle days, as a person offers them.
      expected: [
        "Tuesday 17 March, 9:00 AM to 1:00 PM",
        "Wednesday 18 March, 1:00 PM to 5:00 PM",
        "Thursday 19 March, 9:00 AM to 1:00 PM",
      ],
    },
    {
      asked: { text: "Tuesday or Wednesday", days: ["2026-03-10", "2026-03-11"] },
      expected: [
        "Tuesday 10 March, 9:00 AM to 1:00 PM",
        "Tuesday 10 March, 1:00 PM to 5:00 PM",
        "Wednesday 11 March, 9:00 AM to 1:00 PM",
      ],
    },
    {
      asked: { text: "before Friday", days: ["2026-03-04", "2026-03-05"] },
      expected: ["Thursday 5 March, 9:00 AM to 1:00 PM", "Thursday 5 March, 1:00 PM to 5:00 PM"],
    },
    {
      asked: { text: "early next week", days: ["2026-03-09", "2026-03-10", "2026-03-11"] },
      expected: [
        "Monday 9 March, 9:00 AM to 1:00 PM",
        "Tuesday 10 March, 1:00 PM to 5:00 PM",
        "Wednesday 11 March, 9:00 AM to 1:00 PM",
      ],
    },
  ])("$asked.text", ({ asked, expected }) => {
    expect(windows(zone, asked)).toEqual(expected.map((w) => `${w} ${abbreviation}`));
  });

  it("a window with no day left ahead falls back to the next business days", () => {
    expect(windows(zone, { text: "before Thursday", days: ["2026-03-04"] })[0]).toBe(
      `Thursday 5 March, 9:00 AM to 1:00 PM ${abbreviation}`,
    );
  });

  it("the your_move email names the window, in both its words and its days", () => {
    const nudge: PlannedNudge = {
      id: "your_move.acme-robotics.x",
      kind: "your_move",
      employerId: "acme-robotics",
      dueAt: NOW,
      drafts: ["owner_reply"],
      reason: "waits on you: send availability",
    };
    const view = composeNudge(
      nudge,
      [record({ text: "Tuesday or Wednesday", days: ["2026-03-10", "2026-03-11"] })],
      ownerIn(zone),
      NOW,
      readableLinks,
    );
    expect(view.sections[0]?.items[0]).toBe(
      'They asked for times in a window ("Tuesday or Wednesday": Tue 10 Mar, Wed 11 Mar): the draft offers half-day windows in it, with your time zone; change them to fit your calendar.',
    );
  });
});
