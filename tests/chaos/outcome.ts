// What a run left behind, read back through the real DynamoDB adapter (outside any event, so no
// fault applies), and how it compares with the fault-free reference run.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoStateStore } from "../../functions/adapters/dynamo-state";
import { SEND_NOW_WINDOW_MS } from "../../functions/app/reconcile";
import type { EmployerRecord } from "../../functions/domain/employer";
import { planNudges } from "../../functions/domain/playbook";
import type { World } from "./fakes/world";
import { OWNER, TABLE } from "./lambda";

export interface Outcome {
  /** Employers with what matters (no versions or timestamps), as JSON. */
  employers: string;
  messages: string;
  /** Email identity (kind + subject) -> copies sent and their Message-IDs. */
  emails: Map<string, { count: number; messageIds: Set<string | null> }>;
  /** Where the book, the scheduler and the plan disagree; empty when they agree. */
  drift: string[];
}

export function store(): DynamoStateStore {
  return new DynamoStateStore(new DynamoDBClient({ region: "us-east-1" }), TABLE, OWNER.email);
}

export function normalisedEmployer(e: EmployerRecord) {
  return {
    id: e.id,
    name: e.name,
    stage: e.stage,
    rank: e.rank,
    role: e.role,
    respondBy: e.respondBy,
    expectDecisionBy: e.expectDecisionBy,
    offer: e.offer,
    snoozedUntil: e.snoozedUntil,
    sentNudges: [...e.sentNudges].sort(),
    timeline: e.timeline.map((t) => `${t.kind}|${t.messageKey ?? ""}|${t.nudgeId ?? ""}|${t.summary}`).sort(),
  };
}

/** The schedule book as "nudgeId@dueAt" strings (the one place that knows the book's shape). */
async function bookEntries(): Promise<string[]> {
  return (await store().listScheduleEntries()).map((e) => `${e.id}@${e.dueAt}`);
}

export async function readOutcome(world: World): Promise<Outcome> {
  const s = store();
  const employers = await s.listEmployers();
  const messages = await s.listMessages();
  const emails = new Map<string, { count: number; messageIds: Set<string | null> }>();
  for (const email of world.state.emails) {
    const id = `${email.kind}|${email.subject}`;
    const entry = emails.get(id) ?? { count: 0, messageIds: new Set() };
    entry.count++;
    entry.messageIds.add(email.messageId);
    emails.set(id, entry);
  }

  const now = world.state.now;
  const planned = planNudges(employers, OWNER, new Date(now).toISOString())
    .filter((n) => Date.parse(n.dueAt) > now + SEND_NOW_WINDOW_MS)
    .map((n) => `${n.id}@${n.dueAt}`)
    .sort();
  const scheduled = [...world.state.schedules.values()]
    .map((s) => JSON.parse(s.input) as { nudgeId: string; dueAt: string })
    .map((f) => `${f.nudgeId}@${f.dueAt}`)
    .sort();
  const book = (await bookEntries()).sort();
  const drift = [
    ...difference("scheduled, not in the book", scheduled, book),
    ...difference("in the book, not scheduled", book, scheduled),
    ...difference("planned, not scheduled", planned, scheduled),
    ...difference("scheduled, not planned", scheduled, planned),
  ];

  return {
    employers: JSON.stringify(employers.map(normalisedEmployer).sort((a, b) => a.id.localeCompare(b.id))),
    messages: JSON.stringify(
      messages
        .map((m) => ({ key: m.key, outcome: m.outcome, employerId: m.employerId, kind: m.kind }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    ),
    emails,
    drift,
  };
}

function difference(label: string, a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x)).map((x) => `${label}: ${x}`);
}

export interface Verdict {
  converged: boolean;
  /** Emails of the reference never sent, plus 1 when the state lost the change. */
  lost: number;
  /** Copies beyond the first of an email. */
  duplicates: number;
  /** Duplicated emails whose copies carry one Message-ID (one thread for the owner). */
  sameIdDuplicates: number;
  /** Emails the reference did not send at all. */
  unexpected: number;
  drift: boolean;
  stateDiffers: boolean;
  notes: string[];
}

export function judge(reference: Outcome, run: Outcome): Verdict {
  const notes: string[] = [];
  let lost = 0;
  let duplicates = 0;
  let sameIdDuplicates = 0;
  let unexpected = 0;
  let oddDuplicate = false;
  for (const [id, ref] of reference.emails) {
    const got = run.emails.get(id)?.count ?? 0;
    if (got < ref.count) {
      lost += ref.count - got;
      notes.push(`lost email ${id}`);
    }
  }
  for (const [id, got] of run.emails) {
    const ref = reference.emails.get(id)?.count ?? 0;
    if (ref === 0) {
      unexpected += got.count;
      notes.push(`unexpected email ${id}`);
    } else if (got.count > ref) {
      duplicates += got.count - ref;
      const shared = got.messageIds.size === 1 && !got.messageIds.has(null);
      if (shared) sameIdDuplicates += got.count - ref;
      else oddDuplicate = true;
      notes.push(`duplicate email ${id}${shared ? " (one Message-ID)" : ""}`);
    }
  }
  const stateDiffers = run.employers !== reference.employers || run.messages !== reference.messages;
  if (run.employers !== reference.employers) notes.push("employer state differs");
  if (run.messages !== reference.messages) notes.push("message records differ");
  if (stateDiffers) lost += 1;
  notes.push(...run.drift);
  const drift = run.drift.length > 0;
  return {
    converged: lost === 0 && !drift && unexpected === 0 && !oddDuplicate,
    lost,
    duplicates,
    sameIdDuplicates,
    unexpected,
    drift,
    stateDiffers,
    notes,
  };
}
