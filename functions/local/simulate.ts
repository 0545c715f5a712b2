// `simulate`: the real pipeline (parse, extract, state, planner, reconcile, render) on a virtual
// clock. Steps deliver emails or owner commands at given instants; schedules fire in time order
// in between. Nothing is kept: state, raw mail and sent email live in memory (wired by
// functions/wiring/simulate.ts).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import * as z from "zod/mini";
import { silentLogger } from "../adapters/logger";
import { handleAction } from "../app/actions";
import { sendDigest } from "../app/digest";
import { processInbound } from "../app/inbound";
import { fireNudge } from "../app/nudge";
import type { Logger, OutgoingEmail } from "../app/ports";
import { nextDigestAt } from "../domain/digest-schedule";
import type { EmployerRecord } from "../domain/employer";
import { ConfigError } from "../domain/errors";
import { OwnerInputSchema, type OwnerSettings } from "../domain/owner";
import { buildSimulationDeps, SIMULATED_INBOX, type SimulationDeps } from "../wiring/simulate";
import { unreadableFile } from "./cli/command";

// zod/mini, as every schema the CLI loads: classic zod in one command's chunk would put all of its
// shared core into the chunk every command loads.
const instant = z
  .string("expected an ISO date-time")
  .check(z.refine((s) => !Number.isNaN(Date.parse(s)), "not an ISO date-time"));
const text = z.string("expected text").check(z.minLength(1, "empty"));

const ScenarioSchema = z.object({
  owner: OwnerInputSchema,
  start: instant,
  end: instant,
  steps: z.array(
    z.union([
      z.object({ at: instant, email: text }),
      z.object({ at: instant, command: text }),
      // The owner opens a one-click link of the newest email that has it (by its label, as the
      // text part shows it) and presses its button; `form` fills the page's fields, if any.
      // `optional`: only if some email shows it (an answer to a question jobnudge may not ask).
      z.object({
        at: instant,
        tap: text,
        form: z.optional(z.record(z.string(), z.string())),
        optional: z.optional(z.boolean()),
      }),
    ]),
  ),
});
export type Scenario = z.output<typeof ScenarioSchema>;

export interface SimulatedEmail {
  at: string;
  kind: string;
  employer: string | null;
  subject: string;
  drafts: { kind: string; to: string | null; subject: string }[];
}

export interface SimulationResult {
  emails: SimulatedEmail[];
  employers: {
    name: string;
    stage: string;
    rank: number | null;
    respondBy: string | null;
    expectDecisionBy: string | null;
    interviewAt: string | null;
    contactEmail: string | null;
  }[];
}

/** The parts of one simulated email a reader needs to review it whole (`simulate --full`). */
export interface SimulatedBody {
  text: string;
  html: string;
}

/** The contract's result plus, in the same order as `emails`, the full parts of each email. */
export interface FullSimulation {
  result: SimulationResult;
  bodies: SimulatedBody[];
}

const PASSING = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" } as const;

export async function loadScenario(dir: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(join(dir, "scenario.json"), "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read ${join(dir, "scenario.json")}: ${unreadableFile(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`scenario.json is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ScenarioSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new ConfigError(`scenario.json is invalid:\n${problems}`);
  }
  return parsed.data;
}

export async function simulate(dir: string, scenario: Scenario, log: Logger = silentLogger): Promise<SimulationResult> {
  return (await simulateFull(dir, scenario, log)).result;
}

/** `simulate`, keeping each email's text and HTML parts (for reading a whole timeline). */
export async function simulateFull(
  dir: string,
  scenario: Scenario,
  log: Logger = silentLogger,
): Promise<FullSimulation> {
  const owner: OwnerSettings = scenario.owner;
  let now = Date.parse(scenario.start);
  const end = Date.parse(scenario.end);
  const clock = { now: () => new Date(now) };
  const emails: SimulatedEmail[] = [];
  const bodies: SimulatedBody[] = [];
  const mailer = {
    async send(email: OutgoingEmail) {
      bodies.push({ text: email.text, html: email.html });
      emails.push({
        at: new Date(now).toISOString(),
        kind: email.kind,
        employer: email.about.employer,
        subject: email.subject,
        drafts: email.about.drafts,
      });
      return `sim-${emails.length}`;
    },
  };
  const deps = buildSimulationDeps(owner, clock, mailer, log);
  const { scheduler } = deps;

  /** Fires, in time order, every schedule and weekly digest due up to `limit`, moving the clock to each. */
  let nextDigest = nextDigestAt(owner, now);
  const fireUntil = async (limit: number) => {
    for (;;) {
      const next = scheduler.peekNextDue(limit);
      if (nextDigest <= limit && (!next || nextDigest <= Date.parse(next.dueAt))) {
        now = Math.max(now, nextDigest);
        await sendDigest(deps);
        nextDigest = nextDigestAt(owner, now);
        continue;
      }
      if (!next) return;
      scheduler.remove(next.name);
      now = Math.max(now, Date.parse(next.dueAt));
      await fireNudge(deps, { nudgeId: next.id, dueAt: next.dueAt });
    }
  };

  const steps = [...scenario.steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const [index, step] of steps.entries()) {
    const at = Date.parse(step.at);
    if (at > end) break;
    await fireUntil(at);
    now = Math.max(now, at);
    if ("tap" in step) {
      await tapLink(deps, bodies, step.tap, step.form, step.optional === true);
      continue;
    }
    const rawKey = `step-${index}`;
    const raw = "email" in step ? await readFile(join(dir, step.email)) : await commandEmail(owner, step.command, now);
    await deps.rawMail.put(rawKey, new Uint8Array(raw));
    await processInbound(deps, { rawKey, envelopeFrom: owner.email, verdicts: PASSING });
  }
  await fireUntil(end);

  const kept = emails.flatMap((email, i) => (Date.parse(email.at) <= end ? [i] : []));
  return {
    result: {
      emails: kept.map((i) => emails[i] as SimulatedEmail),
      employers: (await deps.state.listEmployers()).map(employerSummary),
    },
    bodies: kept.map((i) => bodies[i] as SimulatedBody),
  };
}

/** Presses the button behind the newest link labelled `label` (a signed link: GET shows, POST applies). */
async function tapLink(
  deps: SimulationDeps,
  bodies: SimulatedBody[],
  label: string,
  form: Record<string, string> | undefined,
  optional: boolean,
): Promise<void> {
  const line = `- ${label}: `;
  const url = bodies
    .map((b) => b.text.split(/\r?\n/).find((l) => l.startsWith(line)))
    .findLast((l) => l !== undefined)
    ?.slice(line.length)
    .trim();
  if (!url && optional) return;
  if (!url) throw new ConfigError(`tap "${label}": no email so far has a link with that label`);
  const page = await handleAction(deps, { method: "POST", path: new URL(url).pathname, form });
  if (page.status !== 200) throw new ConfigError(`tap "${label}": the link was refused (${page.status})`);
}

function employerSummary(e: EmployerRecord): SimulationResult["employers"][number] {
  return {
    name: e.name,
    stage: e.stage,
    rank: e.rank,
    respondBy: e.respondBy,
    expectDecisionBy: e.expectDecisionBy,
    interviewAt: e.interviewAt,
    contactEmail: e.contactEmail,
  };
}

/** A command is an email from the owner to the inbox with the command as its subject. */
function commandEmail(owner: OwnerSettings, command: string, at: number): Promise<Buffer> {
  return new MailComposer({
    from: { name: owner.name, address: owner.email },
    to: SIMULATED_INBOX,
    subject: command,
    text: "",
    date: new Date(at),
    messageId: `<cmd-${at}-${Buffer.from(command).toString("hex").slice(0, 24)}@simulate.invalid>`,
  })
    .compile()
    .build();
}
