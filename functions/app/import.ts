// Past mail (`jobnudge import`): each message the caller read from a mailbox goes through the same
// inbound use case as live mail, as mail from the owner's own mailbox, in replay mode (no command, no
// acknowledgement, no planning per message; a message already recorded is skipped, which is what
// makes a rerun change nothing and an interrupted run continue). Then, once:
//   - nudges already due for the imported employers are folded into the summary (recorded as
//     sent, never delivered late: the plan starts from now);
//   - the schedules are reconciled from now;
//   - one summary email ("imported 412 messages, 7 employers, 2 need your answer"), at most once
//     per set of imported messages.
// A dry run is the same on an in-memory store the composition root provides; it stops before the
// three steps above and only reports.
import { createHash } from "node:crypto";
import { composeImportSummary, importHeadline } from "../domain/compose/import-summary";
import type { EmployerRecord } from "../domain/employer";
import type { PlannedNudge } from "../domain/nudge";
import { planNudges } from "../domain/playbook";
import type { Deps } from "./deps";
import { type InboundResult, inboundMessage } from "./inbound";
import { type OwnerMailOutcome, sendToOwnerOnce } from "./owner-mail";
import { reconcile, SEND_NOW_WINDOW_MS } from "./reconcile";
import { recordNudgeSent } from "./save-employer";

/** Raw-store key of an imported message: from its bytes, so a rerun stores it under the same key. */
function importRawKey(raw: Uint8Array): string {
  return `import-${createHash("sha256").update(raw).digest("hex").slice(0, 40)}`;
}

/** One message of the owner's mailbox through the inbound use case (replay mode). */
export async function importMessage(deps: Deps, raw: Uint8Array): Promise<InboundResult> {
  return inboundMessage(
    deps,
    { rawKey: importRawKey(raw), envelopeFrom: deps.owner.email, verdicts: null, raw },
    { replay: true },
  );
}

/** What the messages of one import came to, accumulated message by message by the caller. */
export class ImportTallier {
  readonly keys = new Set<string>();
  jobMessages = 0;
  /** Messages this run applied (not found already recorded). */
  applied = 0;
  /** Messages the inbound use case could not read (kind "other" with an error). */
  readonly unreadable: { key: string; reason: string }[] = [];

  add(result: InboundResult): void {
    if (this.keys.has(result.key)) return;
    this.keys.add(result.key);
    if (!result.known) this.applied += 1;
    if (result.outcome === "error") {
      this.unreadable.push({ key: result.key, reason: result.extraction.error ?? "unreadable" });
      return;
    }
    // The owner's own mail counts when it joined a process; a note to a friend is no job mail.
    const kind = result.extraction.kind;
    if (result.outcome === "applied" && kind !== "other" && (kind !== "outgoing" || result.employerId !== null)) {
      this.jobMessages += 1;
    }
  }
}

export interface ImportedEmployer {
  name: string;
  role: string | null;
  stage: EmployerRecord["stage"];
  respondBy: string | null;
  expectDecisionBy: string | null;
  interviewAt: string | null;
  /** The imported mail on its timeline, oldest first. */
  messages: { at: string; kind: string; summary: string }[];
  /** Facts read from the imported mail and held until the owner answers. */
  unsure: { field: string; value: string; confidence: number; at: string }[];
}

export interface ImportReport {
  /** "imported 412 messages, 7 employers, 2 need your answer". */
  headline: string;
  employers: ImportedEmployer[];
  /** Imported messages with a fact asked about (DESIGN.md `unsure`). */
  unsure: number;
  /** Nudges already due when the import finished: folded into the summary. */
  overdue: PlannedNudge[];
  /** The summary email: sent now, sent by an earlier identical run, or none (dry run). */
  summary: OwnerMailOutcome | "none";
}

export interface FinishOptions {
  /** Messages read from the mailbox, skipped ones included (the summary's count). */
  messages: number;
  /** Messages or files that could not be read. */
  problems: number;
  dryRun: boolean;
}

/** The employers the imported messages are about. */
function importedEmployers(all: EmployerRecord[], keys: ReadonlySet<string>): EmployerRecord[] {
  return all.filter((e) => e.timeline.some((t) => t.messageKey !== undefined && keys.has(t.messageKey)));
}

function overdueFor(employers: EmployerRecord[], ids: ReadonlySet<string>, deps: Deps, now: Date): PlannedNudge[] {
  return planNudges(employers, deps.owner, now.toISOString()).filter(
    (n) => n.employerId !== null && ids.has(n.employerId) && Date.parse(n.dueAt) <= now.getTime() + SEND_NOW_WINDOW_MS,
  );
}

/** Folds the due nudges into the summary: recorded as sent, so no schedule sends them late. */
async function foldOverdue(deps: Deps, ids: ReadonlySet<string>): Promise<PlannedNudge[]> {
  const folded: PlannedNudge[] = [];
  // Recording one can make the next due (a follow-up after a folded one is planned a week later,
  // so this settles in a pass or two).
  for (let pass = 0; pass < 4; pass++) {
    const now = deps.clock.now();
    const due = overdueFor(await deps.state.listEmployers(), ids, deps, now);
    if (due.length === 0) break;
    for (const nudge of due) {
      if (nudge.employerId === null) continue;
      const summary = `${nudge.kind} was due before the import: told in its summary`;
      await recordNudgeSent(deps, nudge.employerId, nudge, now.toISOString(), summary);
      folded.push(nudge);
    }
  }
  return folded;
}

function describeEmployer(e: EmployerRecord, keys: ReadonlySet<string>): ImportedEmployer {
  return {
    name: e.name,
    role: e.role,
    stage: e.stage,
    respondBy: e.respondBy,
    expectDecisionBy: e.expectDecisionBy,
    interviewAt: e.interviewAt,
    messages: e.timeline
      .filter((t) => t.messageKey !== undefined && keys.has(t.messageKey))
      .map((t) => ({ at: t.at, kind: t.kind, summary: t.summary })),
    unsure: (e.unsure ?? [])
      .filter((f) => keys.has(f.messageKey))
      .map((f) => ({ field: f.field, value: f.value, confidence: f.confidence, at: f.at })),
  };
}

/** After the last message: fold what is overdue, plan from now, one summary email (see the file comment). */
export async function finishImport(deps: Deps, tally: ImportTallier, options: FinishOptions): Promise<ImportReport> {
  const keys: ReadonlySet<string> = tally.keys;
  const before = importedEmployers(await deps.state.listEmployers(), keys);
  const ids = new Set(before.map((e) => e.id));
  const overdue = options.dryRun ? overdueFor(before, ids, deps, deps.clock.now()) : await foldOverdue(deps, ids);
  const planned = options.dryRun ? [] : await reconcile(deps);
  const employers = options.dryRun ? before : importedEmployers(await deps.state.listEmployers(), keys);
  const unsureKeys = new Set(
    employers.flatMap((e) => (e.unsure ?? []).map((f) => f.messageKey)).filter((key) => keys.has(key)),
  );
  const summaryTally = {
    messages: options.messages,
    jobMessages: tally.jobMessages,
    problems: options.problems + tally.unreadable.length,
    employers,
    messageKeys: keys,
    overdue,
  };
  let summary: ImportReport["summary"] = "none";
  if (!options.dryRun && keys.size > 0) {
    const claimKey = `import.${createHash("sha256")
      .update([...keys].sort().join("\n"))
      .digest("hex")
      .slice(0, 32)}`;
    const now = deps.clock.now().toISOString();
    summary = await sendToOwnerOnce(deps, claimKey, null, () =>
      composeImportSummary(summaryTally, planned, deps.owner, now, deps.links.sign),
    );
  }
  return {
    headline: importHeadline(summaryTally),
    employers: employers.map((e) => describeEmployer(e, keys)).sort((a, b) => a.name.localeCompare(b.name)),
    unsure: unsureKeys.size,
    overdue,
    summary,
  };
}
