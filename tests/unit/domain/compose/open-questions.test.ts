// A nudge about an employer whose newer fact waits for the owner's answer says what it goes by
// meanwhile and carries the one-tap answers (the rule: never act on an unsure fact silently).
import { describe, expect, it } from "vitest";
import { composeNudge } from "../../../../functions/domain/compose";
import { composeDigest } from "../../../../functions/domain/compose/digest";
import type { EmployerRecord, UnsureFact } from "../../../../functions/domain/employer";
import type { LinkMaker } from "../../../../functions/domain/link-actions";
import { planNudges } from "../../../../functions/domain/playbook";
import { BERLIN, employer, NEW_YORK, ownerIn } from "../builders";

const links: LinkMaker = (action, employerId, extra) =>
  `https://jobnudge.example/a/${action}/${employerId ?? "-"}/${new URLSearchParams(extra ?? {}).toString()}`;
const NOW = "2026-04-10T13:00:00.000Z";

const unsure = (fact: Partial<UnsureFact> & Pick<UnsureFact, "field" | "value">): UnsureFact => ({
  confidence: 0.9,
  messageKey: "msg-extension",
  at: "2026-04-09T18:40:00.000Z",
  ...fact,
});

const northgate = (fields: Partial<EmployerRecord>) =>
  employer("Northgate Analytics", {
    stage: "offer",
    role: "Senior Data Analyst",
    contactEmail: "priya.shah@northgate.example",
    offerReceivedAt: "2026-04-08T15:00:00.000Z",
    lastContactAt: "2026-04-09T18:40:00.000Z",
    respondBy: "2026-04-14T17:00:00-04:00",
    ...fields,
  });

function compose(kind: string, r: EmployerRecord, zone = NEW_YORK) {
  const owner = ownerIn(zone);
  const nudge = planNudges([r], owner, NOW).find((n) => n.kind === kind);
  if (!nudge) throw new Error(`no ${kind} planned`);
  return composeNudge(nudge, [r], owner, NOW, links);
}

describe.each([
  {
    zone: NEW_YORK,
    recorded: "Tue 14 Apr, 5:00 PM EDT",
    asked: "Mon 20 Apr, 5:00 PM EDT",
    sent: "Thu 9 Apr, 2:40 PM EDT",
  },
  {
    zone: BERLIN,
    recorded: "Tue 14 Apr, 11:00 PM CEST",
    asked: "Mon 20 Apr, 11:00 PM CEST",
    sent: "Thu 9 Apr, 8:40 PM CEST",
  },
])("an unconfirmed newer deadline, owner in $zone", ({ zone, recorded, asked, sent }) => {
  const r = northgate({ unsure: [unsure({ field: "respondBy", value: "2026-04-20T17:00:00-04:00" })] });

  it("the decision reminder says which deadline it goes by until the owner answers", () => {
    // Act
    const view = compose("decision_reminder", r, zone);

    // Assess
    expect(view.sections[0]).toEqual({
      title: "Not confirmed yet",
      items: [
        `Their message of ${sent} gives the deadline as ${asked}. Until you confirm it with a link below, this email goes by ${recorded}, the one on record.`,
      ],
    });
    expect(view.deadline).toBe(recorded);
  });

  it("carries the acknowledgement's one-tap answers first among its controls", () => {
    // Act
    const view = compose("decision_reminder", r, zone);

    // Assess
    expect(view.actions.slice(0, 2)).toEqual([
      {
        label: `Deadline ${asked}? Yes`,
        url: `https://jobnudge.example/a/confirm/${r.id}/field=respondBy&value=2026-04-20T17%3A00%3A00-04%3A00`,
      },
      { label: `Deadline ${asked}? Change`, url: `https://jobnudge.example/a/change/${r.id}/field=respondBy` },
    ]);
  });
});

describe("open questions on other nudges", () => {
  it("an unsure kind is said to count as an update meanwhile", () => {
    // Prepare
    const r = northgate({ unsure: [unsure({ field: "kind", value: "rejection" })] });

    // Act
    const view = compose("decision_reminder", r);

    // Assess
    expect(view.sections[0]?.items).toEqual([
      "Their message of Thu 9 Apr, 2:40 PM EDT reads like a rejection. Until you confirm it with a link below, it counts as a process update.",
    ]);
    expect(view.actions.map((a) => a.label).slice(0, 3)).toEqual([
      "Is this a rejection from Northgate Analytics? Yes",
      "Is this a rejection from Northgate Analytics? It is an update",
      "Is this a rejection from Northgate Analytics? Not a job mail",
    ]);
  });

  it("a fact with nothing on record yet says nothing depends on it", () => {
    // Prepare
    const r = northgate({ unsure: [unsure({ field: "expectDecisionBy", value: "2026-04-17" })] });

    // Act
    const view = compose("decision_reminder", r);

    // Assess
    expect(view.sections[0]?.items).toEqual([
      "Their message of Thu 9 Apr, 2:40 PM EDT gives the date they promised news by as Fri 17 Apr. Nothing that depends on it is planned until you confirm it with a link below.",
    ]);
  });

  it("without open questions the email is as before", () => {
    // Act
    const view = compose("decision_reminder", northgate({ unsure: [] }));

    // Assess
    expect(view.sections.map((s) => s.title)).not.toContain("Not confirmed yet");
    expect(view.actions[0]?.label).toBe("Accept Northgate Analytics");
  });
});

describe("the weekly digest", () => {
  it("lists every employer's open questions, named, with their one-tap answers first", () => {
    // Prepare
    const r = northgate({ unsure: [unsure({ field: "respondBy", value: "2026-04-20T17:00:00-04:00" })] });
    const other = employer("Harborview Systems", { lastContactAt: "2026-04-06T13:35:00.000Z" });

    // Act
    const view = composeDigest([other, r], [], ownerIn(NEW_YORK), NOW, links);

    // Assess
    expect(view.sections[0]).toEqual({
      title: "Waiting for your answer",
      items: [
        "Northgate Analytics: Their message of Thu 9 Apr, 2:40 PM EDT gives the deadline as Mon 20 Apr, 5:00 PM EDT. Until you confirm it with a link below, this email goes by Tue 14 Apr, 5:00 PM EDT, the one on record.",
      ],
    });
    expect(view.actions.map((a) => a.label).slice(0, 2)).toEqual([
      "Deadline Mon 20 Apr, 5:00 PM EDT? Yes",
      "Deadline Mon 20 Apr, 5:00 PM EDT? Change",
    ]);
  });

  it("says nothing of questions when every fact is confirmed", () => {
    // Act
    const view = composeDigest([northgate({ unsure: [] })], [], ownerIn(NEW_YORK), NOW, links);

    // Assess
    expect(view.sections.map((s) => s.title)).not.toContain("Waiting for your answer");
  });
});
