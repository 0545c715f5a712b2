// Every owner email kind, rendered and read whole, both parts: the text part and what the HTML part
// shows (head, hidden preheader and tags removed). No placeholder where jobnudge knows the fact, no
// stored date forms, no "Acme Robotics's", no doubled bullets, and the same dates, names and
// addresses in both parts. The emails come from every scenario folder and samples/demo, played by
// `simulate`; the error email, which no scenario produces, is composed directly.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { composeError } from "../../../functions/domain/compose/error-reply";
import { REFERENCES_BLANK, TOPIC_BLANK } from "../../../functions/domain/drafts";
import { OWNER_EMAIL_KINDS } from "../../../functions/domain/vocabularies";
import { loadScenario, simulateFull } from "../../../functions/local/simulate";
import { renderEmail } from "../../../templates/render";
import { DRAFTS_LEAD, NO_DRAFTS_NOTE } from "../../../templates/template-set";
import { ownerIn } from "../domain/builders";
import {
  decodeEntities,
  htmlDraftBodies,
  htmlLinks,
  readableText,
  textDraftBodies,
  textLinks,
  visibleText,
} from "./read-parts";
import { runScenario, SCENARIOS_DIR } from "./run-scenario";

const DEMO = join(import.meta.dirname, "../../../samples/demo");
const FOLDERS = readdirSync(SCENARIOS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Rendered {
  where: string;
  kind: string;
  text: string;
  html: string;
  /** Names the email may mention: every employer of its scenario and each one's contact address. */
  names: string[];
}

/**
 * The blanks left for facts jobnudge cannot know: what was said in the room (one per thank-you note),
 * who the owner's referees are, and the worksheet's cells for the owner's current job.
 */
const UNKNOWN_FACT_PLACEHOLDERS = new Set([TOPIC_BLANK, REFERENCES_BLANK, "[fill in]"]);

/** The labels of the HTML part's signed-link buttons (drafts' "Open in my mail app" are mailto:). */
function htmlControls(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="(https?:[^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    decodeEntities((m[2] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ")),
  );
}

/** The labels of the text part's "Quick actions" list. */
function textControls(text: string): string[] {
  return [...text.matchAll(/^- (.+?): https?:\/\/\S+$/gm)].map((m) => m[1] ?? "");
}

/** The "To:" line of each draft in the HTML part. */
function recipients(html: string): string[] {
  return [...html.matchAll(/>To: ([^<]+)</g)].map((m) => decodeEntities(m[1] ?? ""));
}

const DATE =
  /\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?\b/g;
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function factsIn(text: string, names: string[]): Set<string> {
  const facts = new Set<string>([...text.matchAll(DATE)].map((m) => m[0]));
  for (const m of text.matchAll(ADDRESS)) facts.add(m[0]);
  for (const name of names) if (text.includes(name)) facts.add(name);
  return facts;
}

async function scenarioEmails(): Promise<Rendered[]> {
  const runs = await Promise.all(FOLDERS.map(async (folder) => ({ folder, run: await runScenario(folder) })));
  const demoScenario = await loadScenario(DEMO);
  const demo = { folder: "samples/demo", run: { scenario: demoScenario, ...(await simulateFull(DEMO, demoScenario)) } };
  return [...runs, demo].flatMap(({ folder, run }) => {
    const employers = run.result.employers;
    const names = [
      ...employers.map((e) => e.name),
      ...employers.flatMap((e) => (e.contactEmail ? [e.contactEmail] : [])),
    ];
    return run.result.emails.map((email, i) => ({
      where: `${folder} #${i + 1} ${email.kind}`,
      kind: email.kind,
      text: run.bodies[i]?.text ?? "",
      html: run.bodies[i]?.html ?? "",
      names,
    }));
  });
}

function errorEmail(): Rendered {
  const view = composeError({
    reason: "the message is larger than 10 MB",
    subject: "Fwd: Offer from Northwind Analytics",
    owner: ownerIn("Europe/Berlin"),
    now: "2026-04-08T09:00:00.000Z",
  });
  const { text, html } = renderEmail(view);
  return { where: "composed error", kind: "error", text, html, names: ["Northwind Analytics"] };
}

const emails = [...(await scenarioEmails()), errorEmail()];

describe("every owner email kind, both parts read whole", () => {
  it("the scenarios and the error email cover every owner email kind jobnudge composes", () => {
    const kinds = new Set(emails.map((e) => e.kind));
    const missing = OWNER_EMAIL_KINDS.filter((kind) => !kinds.has(kind));
    expect(missing).toEqual([]);
  });

  it("the comparison worksheet ('[fill in]') appears once per story, in the review of the first offer", () => {
    const worksheets = emails.filter((e) => e.text.includes("[fill in]"));
    expect(new Set(worksheets.map((e) => e.kind))).toEqual(new Set(["offer_review"]));
    const perStory = new Map<string, number>();
    for (const e of worksheets) {
      const story = e.where.split(" #")[0] ?? e.where;
      perStory.set(story, (perStory.get(story) ?? 0) + 1);
    }
    expect([...perStory.values()].every((count) => count === 1)).toBe(true);
  });

  it.each(emails.map((e) => ({ ...e, name: e.where })))("$name", ({ text, html, names }) => {
    const shown = visibleText(html);
    const read = readableText(text);
    for (const [part, body] of [
      ["text", read],
      ["html", shown],
    ] as const) {
      // No placeholder where the fact is known; only the few for facts jobnudge cannot know.
      expect(body, part).not.toMatch(/\{\{|\}\}|TODO|<role>|your role|undefined|NaN|\[object/i);
      const brackets = [...body.matchAll(/\[[^\]\n]{1,120}\]/g)].map((m) => m[0]);
      expect(
        brackets.filter((b) => !UNKNOWN_FACT_PLACEHOLDERS.has(b)),
        part,
      ).toEqual([]);
      // Dates as people read them; names ending in s take a bare apostrophe.
      expect(body, part).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(body, part).not.toMatch(/\b[A-Z][\w&.-]*s's\b/);
    }
    // No doubled bullets: both parts put the bullet in front of each item themselves.
    expect(read).not.toMatch(/^- [-+•*] /m);
    expect(html).not.toMatch(/<li[^>]*>\s*[-+•*] /);
    // The same facts in both parts.
    expect([...factsIn(shown, names)].sort()).toEqual([...factsIn(read, names)].sort());
    // The same controls, in the same order: no button the text part does not offer, and the reverse.
    expect(htmlControls(html)).toEqual(textControls(text));
    // The drafts block says the same in both parts (no HTML-only instruction).
    for (const line of [DRAFTS_LEAD, NO_DRAFTS_NOTE]) expect(shown.includes(line), line).toBe(read.includes(line));
    // Every draft says whom it goes to, the same way in both parts.
    expect(recipients(html)).toEqual([...text.matchAll(/^To: (.+)$/gm)].map((m) => m[1]));
    for (const part of [read, shown]) expect(part).not.toContain("(add the recipient)");
  });
});

// Clock times as both parts print them ("5:00 PM EDT", "9:00 AM to 1:00 PM").
const CLOCK = /\b\d{1,2}:\d{2} (?:AM|PM)(?: [A-Z]{2,5}\b)?/g;

describe("per owner email kind: every fact of one part is in the other", () => {
  it.each(OWNER_EMAIL_KINDS.map((kind) => ({ kind })))("$kind", ({ kind }) => {
    const ofKind = emails.filter((e) => e.kind === kind);
    expect(ofKind.length, kind).toBeGreaterThan(0);
    for (const { where, text, html, names } of ofKind) {
      const shown = visibleText(html);
      const read = readableText(text);
      // Dates, names and addresses; clock times.
      expect([...factsIn(shown, names)].sort(), where).toEqual([...factsIn(read, names)].sort());
      expect([...shown.matchAll(CLOCK)].map((m) => m[0]).sort(), where).toEqual(
        [...read.matchAll(CLOCK)].map((m) => m[0]).sort(),
      );
      // Links: the same signed links in the same order (the drafts' mailto: buttons are HTML-only).
      expect(htmlLinks(html), where).toEqual(textLinks(text));
      // Draft bodies, word for word, in both parts.
      expect(htmlDraftBodies(html), where).toEqual(textDraftBodies(text));
      expect(textDraftBodies(text).length, where).toBe([...text.matchAll(/^Subject: /gm)].length);
    }
  });
});
